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
                    fail("descr appears twice");
                if (!at('\'') && !at('"'))
                    fail("descr is not a plain dtype string (structured arrays are not read)");
                h.descr = quoted();
            } else if (key == "fortran_order") {
                if (h.fortranOrder)
                    fail("fortran_order appears twice");
                h.fortranOrder = boolean();
            } else if (key == "shape") {
                if (h.shape)
                    fail("shape appears twice");
                h.shape = tuple();
            } else {
                fail("unexpected key '" + key + "' in the header");
            }
            if (!consume(','))
                break;
        }
        expect('}');
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected text after the header dict");
        return h;
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw InputError(m_what + ": " + message); }
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
            fail(std::string("the header is not the dict NumPy writes (expected '") + c + "')");
    }
    std::string quoted()
    {
        skipSpace();
        if (!at('\'') && !at('"'))
            fail("the header is not the dict NumPy writes (expected a quoted string)");
        const char quote = m_text[m_pos++];
        const std::size_t end = m_text.find(quote, m_pos);
        if (end == std::string_view::npos)
            fail("unterminated string in the header");
        std::string s(m_text.substr(m_pos, end - m_pos));
        if (s.find('\\') != std::string::npos)
            fail("escapes in header strings are not read");
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
        fail("fortran_order must be True or False");
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
                    fail("a shape entry is too large");
                n = n * 10 + digit;
                ++m_pos;
            }
            if (m_pos == start)
                fail("shape entries must be non-negative integers");
            if (at('L')) // Python 2 longs, as old NumPy wrote them
                ++m_pos;
            out.push_back(n);
            if (out.size() > 64)
                fail("the shape has more than 64 dimensions");
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
        throw InputError(what + ": not a .npy array (no \\x93NUMPY magic)");
    const auto major = static_cast<unsigned>(bytes[6]);
    const auto minor = static_cast<unsigned>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        throw InputError(what + ": .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
                         " is not read (1.0, 2.0 and 3.0 are)");
    std::size_t headerStart = 10;
    std::uint64_t headerLength;
    if (major == 1) {
        headerLength = readLe<std::uint16_t>(bytes.data() + 8);
    } else {
        if (bytes.size() < 12)
            throw InputError(what + ": the .npy header is truncated");
        headerLength = readLe<std::uint32_t>(bytes.data() + 8);
        headerStart = 12;
    }
    if (headerLength > bytes.size() - headerStart)
        throw InputError(what + ": the .npy header length " + std::to_string(headerLength) +
                         " runs past the end of the data (truncated?)");
    const std::string_view text(reinterpret_cast<const char*>(bytes.data() + headerStart),
                                static_cast<std::size_t>(headerLength));
    const NpyHeader header = HeaderParser(text, what).parse();
    if (!header.descr || !header.fortranOrder || !header.shape)
        throw InputError(what + ": the header needs descr, fortran_order and shape");

    const std::string& d = *header.descr;
    TensorView view;
    view.name = name;
    if (d.size() >= 2 && d[0] == '>')
        throw InputError(what + ": big-endian data ('" + d + "') is not read; save the array little-endian (" +
                         "array.astype('<" + d.substr(1) + "'))");
    if (d == "<f2")
        view.dtype = TensorDType::F16;
    else if (d == "<f4")
        view.dtype = TensorDType::F32;
    else if (d == "<f8")
        view.dtype = TensorDType::F64;
    else
        throw InputError(what + ": dtype '" + d + "' is not read (float16, float32 and float64: '<f2', '<f4', '<f8')");
    view.fortranOrder = *header.fortranOrder;
    view.shape = *header.shape;
    const std::uint64_t expected = checkedByteCount(view.shape, view.dtype, what);
    const std::size_t dataStart = headerStart + static_cast<std::size_t>(headerLength);
    const std::uint64_t available = bytes.size() - dataStart;
    if (expected != available)
        throw InputError(what + ": the shape holds " + std::to_string(expected) + " bytes but the array has " +
                         std::to_string(available) + (expected > available ? " (truncated?)" : ""));
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
        throw InputError(what + ": not an .npz archive (too short for a zip directory)");
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
        throw InputError(what + ": not an .npz archive (no zip directory at the end; truncated?)");
    std::uint64_t entries = readLe<std::uint16_t>(p + end + 10);
    std::uint64_t directorySize = readLe<std::uint32_t>(p + end + 12);
    std::uint64_t directoryOffset = readLe<std::uint32_t>(p + end + 16);
    if (readLe<std::uint16_t>(p + end + 4) != 0 || readLe<std::uint16_t>(p + end + 6) != 0)
        throw InputError(what + ": multi-part zip archives are not read");
    if (end >= 20 && readLe<std::uint32_t>(p + end - 20) == kLocator64Signature) {
        const std::uint64_t record = readLe<std::uint64_t>(p + end - 12);
        if (record > end - 20 || end - 20 - record < 56 || readLe<std::uint32_t>(p + record) != kEnd64Signature)
            throw InputError(what + ": the zip64 directory record is missing or misplaced");
        entries = readLe<std::uint64_t>(p + record + 32);
        directorySize = readLe<std::uint64_t>(p + record + 40);
        directoryOffset = readLe<std::uint64_t>(p + record + 48);
    }
    if (directoryOffset > size || directorySize > size - directoryOffset)
        throw InputError(what + ": the zip directory lies past the end of the file (truncated?)");
    if (entries > directorySize / 46)
        throw InputError(what + ": the zip directory claims more entries than it can hold");

    std::vector<TensorView> out;
    std::size_t at = static_cast<std::size_t>(directoryOffset);
    const std::size_t directoryEnd = at + static_cast<std::size_t>(directorySize);
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (directoryEnd - at < 46 || readLe<std::uint32_t>(p + at) != kCentralSignature)
            throw InputError(what + ": zip directory entry " + std::to_string(i + 1) + " is damaged");
        const std::uint16_t flags = readLe<std::uint16_t>(p + at + 8);
        const std::uint16_t method = readLe<std::uint16_t>(p + at + 10);
        std::uint64_t compressed = readLe<std::uint32_t>(p + at + 20);
        std::uint64_t uncompressed = readLe<std::uint32_t>(p + at + 24);
        const std::size_t nameLength = readLe<std::uint16_t>(p + at + 28);
        const std::size_t extraLength = readLe<std::uint16_t>(p + at + 30);
        const std::size_t commentLength = readLe<std::uint16_t>(p + at + 32);
        std::uint64_t localOffset = readLe<std::uint32_t>(p + at + 42);
        if (directoryEnd - at - 46 < nameLength + extraLength + commentLength)
            throw InputError(what + ": zip directory entry " + std::to_string(i + 1) + " is damaged");
        const std::string memberName(reinterpret_cast<const char*>(p + at + 46), nameLength);
        const std::string where = what + ": member '" + memberName + "'";
        // Zip64 extra field: the 64-bit values of the fields that read 0xFFFFFFFF, in this order.
        std::size_t extra = at + 46 + nameLength;
        const std::size_t extraEnd = extra + extraLength;
        while (extraEnd - extra >= 4) {
            const std::uint16_t id = readLe<std::uint16_t>(p + extra);
            const std::size_t length = readLe<std::uint16_t>(p + extra + 2);
            if (length > extraEnd - extra - 4)
                throw InputError(where + ": a damaged zip extra field");
            if (id == 0x0001) {
                std::size_t field = extra + 4;
                const std::size_t fieldEnd = field + length;
                for (std::uint64_t* value : {&uncompressed, &compressed, &localOffset}) {
                    if (*value != 0xffffffffu)
                        continue;
                    if (fieldEnd - field < 8)
                        throw InputError(where + ": a damaged zip64 extra field");
                    *value = readLe<std::uint64_t>(p + field);
                    field += 8;
                }
            }
            extra += 4 + length;
        }
        at = extraEnd + commentLength;

        if (flags & 0x1)
            throw InputError(where + ": encrypted members are not read");
        if (method == 8)
            throw InputError(where + ": the member is compressed (deflate, as numpy.savez_compressed writes); "
                                     "NeuroDyn reads only uncompressed .npz (numpy.savez)");
        if (method != 0)
            throw InputError(where + ": zip compression method " + std::to_string(method) + " is not read");
        if (compressed != uncompressed)
            throw InputError(where + ": a stored member whose sizes disagree");
        if (localOffset > size || size - localOffset < 30 ||
            readLe<std::uint32_t>(p + localOffset) != kLocalSignature)
            throw InputError(where + ": the member's local header is missing (truncated?)");
        const std::size_t local = static_cast<std::size_t>(localOffset);
        const std::uint64_t dataStart = localOffset + 30 + readLe<std::uint16_t>(p + local + 26) +
                                        readLe<std::uint16_t>(p + local + 28);
        if (dataStart > size || compressed > size - dataStart)
            throw InputError(where + ": the member runs past the end of the file (truncated?)");
        std::string name = memberName;
        if (name.size() > 4 && name.ends_with(".npy"))
            name.resize(name.size() - 4);
        for (const TensorView& t : out)
            if (t.name == name)
                throw InputError(where + ": the archive holds two members of that name");
        out.push_back(parseNpy(bytes.subspan(static_cast<std::size_t>(dataStart), static_cast<std::size_t>(compressed)),
                               name, where));
    }
    return out;
}

} // namespace nd
