#include "io/npy.h"

#include "common/errors.h"

#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

namespace nd {

namespace {

// The header dict NumPy writes: {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }
// (a Python literal). Read strictly: string keys, and as values a string, True/False or a tuple
// of non-negative integers.
struct NpyHeader {
    std::optional<std::string> descr;
    std::optional<bool> fortranOrder;
    std::optional<std::vector<std::uint64_t>> shape;
};

class HeaderParser {
public:
    HeaderParser(std::string_view text, const std::string& what) : m_text(text), m_what(what) {}

    NpyHeader parse()
    {
        NpyHeader h;
        expect('{');
        while (!peek('}')) {
            const std::string key = quoted();
            expect(':');
            if (key == "descr") {
                skipSpace();
                if (h.descr)
                    fail(ND_ENGINE_TEXT("%1: descr appears twice"));
                if (!at('\'') && !at('"'))
                    fail(ND_ENGINE_TEXT(
                        "%1: descr is not a plain dtype string (structured arrays are not read)"));
                h.descr = quoted();
            } else if (key == "fortran_order") {
                if (h.fortranOrder)
                    fail(ND_ENGINE_TEXT("%1: fortran_order appears twice"));
                h.fortranOrder = boolean();
            } else if (key == "shape") {
                if (h.shape)
                    fail(ND_ENGINE_TEXT("%1: shape appears twice"));
                h.shape = tuple();
            } else {
                fail(ND_ENGINE_TEXT("%1: unexpected key '%2' in the header"), {key});
            }
            if (!consume(','))
                break;
        }
        expect('}');
        skipSpace();
        if (m_pos != m_text.size())
            fail(ND_ENGINE_TEXT("%1: unexpected text after the header dict"));
        return h;
    }

private:
    // `text`: a template "%1: ..." (%1 the file) with further arguments.
    [[noreturn]] void fail(const char* text, std::vector<std::string> args = {}) const
    {
        args.insert(args.begin(), m_what);
        throw InputError(text, std::move(args));
    }
    bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool peek(char c)
    {
        skipSpace();
        return at(c);
    }
    bool consume(char c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    void expect(char c)
    {
        if (!consume(c))
            fail(ND_ENGINE_TEXT("%1: the header is not the dict NumPy writes (expected '%2')"),
                 {std::string(1, c)});
    }
    std::string quoted()
    {
        skipSpace();
        if (!at('\'') && !at('"'))
            fail(ND_ENGINE_TEXT("%1: the header is not the dict NumPy writes (expected a quoted string)"));
        const char quote = m_text[m_pos++];
        const std::size_t end = m_text.find(quote, m_pos);
        if (end == std::string_view::npos)
            fail(ND_ENGINE_TEXT("%1: unterminated string in the header"));
        std::string s(m_text.substr(m_pos, end - m_pos));
        if (s.find('\\') != std::string::npos)
            fail(ND_ENGINE_TEXT("%1: escapes in header strings are not read"));
        m_pos = end + 1;
        return s;
    }
    bool boolean()
    {
        skipSpace();
        if (m_text.substr(m_pos, 4) == "True") {
            m_pos += 4;
            return true;
        }
        if (m_text.substr(m_pos, 5) == "False") {
            m_pos += 5;
            return false;
        }
        fail(ND_ENGINE_TEXT("%1: fortran_order must be True or False"));
    }
    std::vector<std::uint64_t> tuple()
    {
        expect('(');
        std::vector<std::uint64_t> out;
        while (!peek(')')) {
            skipSpace();
            const std::size_t start = m_pos;
            std::uint64_t n = 0;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
                const auto digit = static_cast<std::uint64_t>(m_text[m_pos] - '0');
                if (n > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
                    fail(ND_ENGINE_TEXT("%1: a shape entry is too large"));
                n = n * 10 + digit;
                ++m_pos;
            }
            if (m_pos == start)
                fail(ND_ENGINE_TEXT("%1: shape entries must be non-negative integers"));
            if (at('L')) // Python 2 longs, as old NumPy wrote them
                ++m_pos;
            out.push_back(n);
            if (out.size() > 64)
                fail(ND_ENGINE_TEXT("%1: the shape has more than 64 dimensions"));
            if (!consume(','))
                break;
        }
        expect(')');
        return out;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    const std::string& m_what;
};

template <typename T> T readLe(const std::byte* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

} // namespace

TensorView parseNpy(std::span<const std::byte> bytes, const std::string& name, const std::string& what)
{
    static constexpr char kMagic[] = "\x93NUMPY";
    if (bytes.size() < 10 || std::memcmp(bytes.data(), kMagic, 6) != 0)
        throw InputError(ND_ENGINE_TEXT("%1: not a .npy array (no %2 magic)"), {what, "\\x93NUMPY"});
    const auto major = static_cast<unsigned>(bytes[6]);
    const auto minor = static_cast<unsigned>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        throw InputError(ND_ENGINE_TEXT("%1: .npy format version %2.%3 is not read (1.0, 2.0 and 3.0 are)"),
                         {what, std::to_string(major), std::to_string(minor)});
    std::size_t headerStart = 10;
    std::uint64_t headerLength;
    if (major == 1) {
        headerLength = readLe<std::uint16_t>(bytes.data() + 8);
    } else {
        if (bytes.size() < 12)
            throw InputError(ND_ENGINE_TEXT("%1: the .npy header is truncated"), {what});
        headerLength = readLe<std::uint32_t>(bytes.data() + 8);
        headerStart = 12;
    }
    if (headerLength > bytes.size() - headerStart)
        throw InputError(
            ND_ENGINE_TEXT("%1: the .npy header length %2 runs past the end of the data (truncated?)"),
            {what, std::to_string(headerLength)});
    const std::string_view text(reinterpret_cast<const char*>(bytes.data() + headerStart),
                                static_cast<std::size_t>(headerLength));
    const NpyHeader header = HeaderParser(text, what).parse();
    if (!header.descr || !header.fortranOrder || !header.shape)
        throw InputError(ND_ENGINE_TEXT("%1: the header needs descr, fortran_order and shape"), {what});

    const std::string& d = *header.descr;
    TensorView view;
    view.name = name;
    if (d.size() >= 2 && d[0] == '>')
        throw InputError(
            ND_ENGINE_TEXT(
                "%1: big-endian data ('%2') is not read; save the array little-endian (array.astype('<%3'))"),
            {what, d, d.substr(1)});
    if (d == "<f2")
        view.dtype = TensorDType::F16;
    else if (d == "<f4")
        view.dtype = TensorDType::F32;
    else if (d == "<f8")
        view.dtype = TensorDType::F64;
    else
        throw InputError(
            ND_ENGINE_TEXT("%1: dtype '%2' is not read (float16, float32 and float64: '<f2', '<f4', '<f8')"),
            {what, d});
    view.fortranOrder = *header.fortranOrder;
    view.shape = *header.shape;
    const std::uint64_t expected = checkedByteCount(view.shape, view.dtype, what);
    const std::size_t dataStart = headerStart + static_cast<std::size_t>(headerLength);
    const std::uint64_t available = bytes.size() - dataStart;
    if (expected != available)
        throw InputError(
            expected > available
                ? ND_ENGINE_TEXT("%1: the shape holds %2 bytes but the array has %3 (truncated?)")
                : ND_ENGINE_TEXT("%1: the shape holds %2 bytes but the array has %3"),
            {what, std::to_string(expected), std::to_string(available)});
    view.data = bytes.subspan(dataStart, static_cast<std::size_t>(expected));
    return view;
}

std::vector<TensorView> parseNpz(std::span<const std::byte> bytes, const std::string& what)
{
    constexpr std::uint32_t kEndSignature = 0x06054b50, kEnd64Signature = 0x06064b50,
                            kLocator64Signature = 0x07064b50, kCentralSignature = 0x02014b50,
                            kLocalSignature = 0x04034b50;
    const std::size_t size = bytes.size();
    const std::byte* p = bytes.data();
    if (size < 22)
        throw InputError(ND_ENGINE_TEXT("%1: not an .npz archive (too short for a zip directory)"), {what});
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
    std::size_t end = std::string::npos;
    for (std::size_t at = size - 22;; --at) {
        if (readLe<std::uint32_t>(p + at) == kEndSignature &&
            at + 22 + readLe<std::uint16_t>(p + at + 20) == size) {
            end = at;
            break;
        }
        if (at == 0 || size - at > 22 + 65535)
            break;
    }
    if (end == std::string::npos)
        throw InputError(ND_ENGINE_TEXT("%1: not an .npz archive (no zip directory at the end; truncated?)"),
                         {what});
    std::uint64_t entries = readLe<std::uint16_t>(p + end + 10);
    std::uint64_t directorySize = readLe<std::uint32_t>(p + end + 12);
    std::uint64_t directoryOffset = readLe<std::uint32_t>(p + end + 16);
    if (readLe<std::uint16_t>(p + end + 4) != 0 || readLe<std::uint16_t>(p + end + 6) != 0)
        throw InputError(ND_ENGINE_TEXT("%1: multi-part zip archives are not read"), {what});
    if (end >= 20 && readLe<std::uint32_t>(p + end - 20) == kLocator64Signature) {
        const std::uint64_t record = readLe<std::uint64_t>(p + end - 12);
        if (record > end - 20 || end - 20 - record < 56 || readLe<std::uint32_t>(p + record) != kEnd64Signature)
            throw InputError(ND_ENGINE_TEXT("%1: the zip64 directory record is missing or misplaced"),
                             {what});
        entries = readLe<std::uint64_t>(p + record + 32);
        directorySize = readLe<std::uint64_t>(p + record + 40);
        directoryOffset = readLe<std::uint64_t>(p + record + 48);
    }
    if (directoryOffset > size || directorySize > size - directoryOffset)
        throw InputError(ND_ENGINE_TEXT("%1: the zip directory lies past the end of the file (truncated?)"),
                         {what});
    if (entries > directorySize / 46)
        throw InputError(ND_ENGINE_TEXT("%1: the zip directory claims more entries than it can hold"),
                         {what});

    std::vector<TensorView> out;
    std::size_t at = static_cast<std::size_t>(directoryOffset);
    const std::size_t directoryEnd = at + static_cast<std::size_t>(directorySize);
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (directoryEnd - at < 46 || readLe<std::uint32_t>(p + at) != kCentralSignature)
            throw InputError(ND_ENGINE_TEXT("%1: zip directory entry %2 is damaged"),
                             {what, std::to_string(i + 1)});
        const std::uint16_t flags = readLe<std::uint16_t>(p + at + 8);
        const std::uint16_t method = readLe<std::uint16_t>(p + at + 10);
        std::uint64_t compressed = readLe<std::uint32_t>(p + at + 20);
        std::uint64_t uncompressed = readLe<std::uint32_t>(p + at + 24);
        const std::size_t nameLength = readLe<std::uint16_t>(p + at + 28);
        const std::size_t extraLength = readLe<std::uint16_t>(p + at + 30);
        const std::size_t commentLength = readLe<std::uint16_t>(p + at + 32);
        std::uint64_t localOffset = readLe<std::uint32_t>(p + at + 42);
        if (directoryEnd - at - 46 < nameLength + extraLength + commentLength)
            throw InputError(ND_ENGINE_TEXT("%1: zip directory entry %2 is damaged"),
                             {what, std::to_string(i + 1)});
        const std::string memberName(reinterpret_cast<const char*>(p + at + 46), nameLength);
        // Messages name the archive and the member: "%1: member '%2': ...".
        const std::vector<std::string> where{what, memberName};
        // Zip64 extra field: the 64-bit values of the fields that read 0xFFFFFFFF, in this order.
        std::size_t extra = at + 46 + nameLength;
        const std::size_t extraEnd = extra + extraLength;
        while (extraEnd - extra >= 4) {
            const std::uint16_t id = readLe<std::uint16_t>(p + extra);
            const std::size_t length = readLe<std::uint16_t>(p + extra + 2);
            if (length > extraEnd - extra - 4)
                throw InputError(ND_ENGINE_TEXT("%1: member '%2': a damaged zip extra field"), where);
            if (id == 0x0001) {
                std::size_t field = extra + 4;
                const std::size_t fieldEnd = field + length;
                for (std::uint64_t* value : {&uncompressed, &compressed, &localOffset}) {
                    if (*value != 0xffffffffu)
                        continue;
                    if (fieldEnd - field < 8)
                        throw InputError(ND_ENGINE_TEXT("%1: member '%2': a damaged zip64 extra field"),
                                         where);
                    *value = readLe<std::uint64_t>(p + field);
                    field += 8;
                }
            }
            extra += 4 + length;
        }
        at = extraEnd + commentLength;

        if (flags & 0x1)
            throw InputError(ND_ENGINE_TEXT("%1: member '%2': encrypted members are not read"), where);
        if (method == 8)
            throw InputError(
                ND_ENGINE_TEXT("%1: member '%2': the member is compressed (deflate, as "
                               "numpy.savez_compressed writes); NeuroDyn reads only uncompressed .npz "
                               "(numpy.savez)"),
                where);
        if (method != 0)
            throw InputError(ND_ENGINE_TEXT("%1: member '%2': zip compression method %3 is not read"),
                             {what, memberName, std::to_string(method)});
        if (compressed != uncompressed)
            throw InputError(ND_ENGINE_TEXT("%1: member '%2': a stored member whose sizes disagree"), where);
        if (localOffset > size || size - localOffset < 30 ||
            readLe<std::uint32_t>(p + localOffset) != kLocalSignature)
            throw InputError(
                ND_ENGINE_TEXT("%1: member '%2': the member's local header is missing (truncated?)"), where);
        const std::size_t local = static_cast<std::size_t>(localOffset);
        const std::uint64_t dataStart = localOffset + 30 + readLe<std::uint16_t>(p + local + 26) +
                                        readLe<std::uint16_t>(p + local + 28);
        if (dataStart > size || compressed > size - dataStart)
            throw InputError(
                ND_ENGINE_TEXT("%1: member '%2': the member runs past the end of the file (truncated?)"),
                where);
        std::string name = memberName;
        if (name.size() > 4 && name.ends_with(".npy"))
            name.resize(name.size() - 4);
        for (const TensorView& t : out)
            if (t.name == name)
                throw InputError(
                    ND_ENGINE_TEXT("%1: member '%2': the archive holds two members of that name"), where);
        out.push_back(
            parseNpy(bytes.subspan(static_cast<std::size_t>(dataStart), static_cast<std::size_t>(compressed)),
                     name, what + ": member '" + memberName + "'"));
    }
    return out;
}

} // namespace nd
