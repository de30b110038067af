#include "io/safetensors.h"

#include "common/errors.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>

namespace nd {

namespace {

// A strict, small JSON reader for the header: RFC 8259 values, no comments, no trailing commas,
// duplicate keys refused, nesting depth limited. Numbers keep their text (the header needs
// exact unsigned 64-bit integers, which a double cannot hold).
struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    std::string text; // string value, or the number's text
    std::vector<JsonValue> items;  // array elements, or object values ...
    std::vector<std::string> keys; // ... and their keys, in file order
};

class JsonParser {
public:
    JsonParser(std::string_view text, const std::string& what) : m_text(text), m_what(what) {}

    JsonValue document()
    {
        JsonValue v = value(0);
        skipSpace();
        if (m_pos != m_text.size())
            fail(ND_ENGINE_TEXT("%1: header byte %2: unexpected text after the JSON header's end"));
        return v;
    }

private:
    // `text`: a template "%1: header byte %2: ..." (the file, the byte) with further arguments.
    [[noreturn]] void fail(const char* text, std::vector<std::string> args = {}) const
    {
        args.insert(args.begin(), {m_what, std::to_string(m_pos)});
        throw InputError(text, std::move(args));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void expect(char c)
    {
        if (!consume(c))
            fail(ND_ENGINE_TEXT("%1: header byte %2: expected '%3'"), {std::string(1, c)});
    }

    JsonValue value(int depth)
    {
        if (depth > 32)
            fail(ND_ENGINE_TEXT("%1: header byte %2: JSON nested too deeply"));
        skipSpace();
        if (m_pos >= m_text.size())
            fail(ND_ENGINE_TEXT("%1: header byte %2: the header ends inside a JSON value"));
        JsonValue v;
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            v.kind = JsonValue::Kind::Object;
            if (consume('}'))
                return v;
            do {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                    fail(ND_ENGINE_TEXT("%1: header byte %2: expected a quoted key"));
                std::string key = string();
                for (const std::string& k : v.keys)
                    if (k == key)
                        fail(ND_ENGINE_TEXT("%1: header byte %2: duplicate key %3"), {"\"" + key + "\""});
                expect(':');
                v.keys.push_back(std::move(key));
                v.items.push_back(value(depth + 1));
            } while (consume(','));
            expect('}');
        } else if (c == '[') {
            ++m_pos;
            v.kind = JsonValue::Kind::Array;
            if (consume(']'))
                return v;
            do
                v.items.push_back(value(depth + 1));
            while (consume(','));
            expect(']');
        } else if (c == '"') {
            v.kind = JsonValue::Kind::String;
            v.text = string();
        } else if (m_text.substr(m_pos, 4) == "true" || m_text.substr(m_pos, 4) == "null") {
            v.kind = c == 't' ? JsonValue::Kind::Bool : JsonValue::Kind::Null;
            v.boolean = c == 't';
            m_pos += 4;
        } else if (m_text.substr(m_pos, 5) == "false") {
            v.kind = JsonValue::Kind::Bool;
            m_pos += 5;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = JsonValue::Kind::Number;
            v.text = number();
        } else {
            fail(ND_ENGINE_TEXT("%1: header byte %2: unexpected character in JSON"));
        }
        return v;
    }

    std::string number()
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            if (m_pos == from)
                fail(ND_ENGINE_TEXT("%1: header byte %2: malformed number"));
        };
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else
            digits();
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            digits();
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            digits();
        }
        return std::string(m_text.substr(start, m_pos - start));
    }

    unsigned hex4()
    {
        if (m_pos + 4 > m_text.size())
            fail(ND_ENGINE_TEXT("%1: header byte %2: short %3 escape"), {"\\u"});
        unsigned u = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos++];
            u <<= 4;
            if (h >= '0' && h <= '9')
                u |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                u |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                u |= static_cast<unsigned>(h - 'A' + 10);
            else
                fail(ND_ENGINE_TEXT("%1: header byte %2: bad %3 escape"), {"\\u"});
        }
        return u;
    }

    void appendUtf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }

    std::string string()
    {
        ++m_pos; // the opening quote
        std::string out;
        while (true) {
            if (m_pos >= m_text.size())
                fail(ND_ENGINE_TEXT("%1: header byte %2: unterminated string"));
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail(ND_ENGINE_TEXT("%1: header byte %2: control character in a string"));
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                fail(ND_ENGINE_TEXT("%1: header byte %2: unterminated string"));
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xd800 && cp < 0xdc00) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        fail(ND_ENGINE_TEXT("%1: header byte %2: unpaired surrogate in a %3 escape"),
                             {"\\u"});
                    m_pos += 2;
                    const unsigned low = hex4();
                    if (low < 0xdc00 || low >= 0xe000)
                        fail(ND_ENGINE_TEXT("%1: header byte %2: unpaired surrogate in a %3 escape"),
                             {"\\u"});
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    fail(ND_ENGINE_TEXT("%1: header byte %2: unpaired surrogate in a %3 escape"), {"\\u"});
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                fail(ND_ENGINE_TEXT("%1: header byte %2: bad escape in a string"));
            }
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    const std::string& m_what;
};

// Element sizes of the dtypes the format defines; the four we read map to TensorDType.
struct DTypeEntry {
    const char* name;
    std::size_t size;
    std::optional<TensorDType> readable;
};
constexpr DTypeEntry kDTypes[] = {
    {"F16", 2, TensorDType::F16},  {"BF16", 2, TensorDType::BF16},   {"F32", 4, TensorDType::F32},
    {"F64", 8, TensorDType::F64},  {"BOOL", 1, std::nullopt},        {"U8", 1, std::nullopt},
    {"I8", 1, std::nullopt},       {"F8_E4M3", 1, std::nullopt},     {"F8_E5M2", 1, std::nullopt},
    {"I16", 2, std::nullopt},      {"U16", 2, std::nullopt},         {"I32", 4, std::nullopt},
    {"U32", 4, std::nullopt},      {"I64", 8, std::nullopt},         {"U64", 8, std::nullopt},
};

std::uint64_t readLe64(const std::byte* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

std::uint64_t unsignedNumber(const JsonValue& v, const std::string& what)
{
    if (v.kind != JsonValue::Kind::Number || v.text.empty() || v.text[0] == '-' ||
        v.text.find_first_of(".eE") != std::string::npos)
        throw InputError(ND_ENGINE_TEXT("%1 must be a non-negative integer"), {what});
    std::uint64_t n = 0;
    for (char c : v.text) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (n > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            throw InputError(ND_ENGINE_TEXT("%1 is too large"), {what});
        n = n * 10 + digit;
    }
    return n;
}

} // namespace

SafetensorsContents parseSafetensors(std::span<const std::byte> bytes, const std::string& what)
{
    if (bytes.size() < 8)
        throw InputError(ND_ENGINE_TEXT("%1: not a safetensors file (shorter than its 8-byte header length)"),
                         {what});
    SafetensorsContents out;
    out.headerBytes = readLe64(bytes.data());
    if (out.headerBytes > kSafetensorsMaxHeader)
        throw InputError(
            ND_ENGINE_TEXT("%1: the header length %2 is over the limit of 100 MB (not a safetensors file?)"),
            {what, std::to_string(out.headerBytes)});
    if (out.headerBytes > bytes.size() - 8)
        throw InputError(
            ND_ENGINE_TEXT("%1: the header length %2 runs past the end of the file (%3 bytes; truncated?)"),
            {what, std::to_string(out.headerBytes), std::to_string(bytes.size())});
    const std::string_view text(reinterpret_cast<const char*>(bytes.data() + 8),
                                static_cast<std::size_t>(out.headerBytes));
    const JsonValue root = JsonParser(text, what).document();
    if (root.kind != JsonValue::Kind::Object)
        throw InputError(ND_ENGINE_TEXT("%1: the header is not a JSON object"), {what});

    const std::span<const std::byte> data = bytes.subspan(8 + static_cast<std::size_t>(out.headerBytes));
    struct Placed {
        std::uint64_t begin, end;
        std::string name;
    };
    std::vector<Placed> placed;
    for (std::size_t m = 0; m < root.keys.size(); ++m) {
        const std::string& name = root.keys[m];
        const JsonValue& entry = root.items[m];
        if (name == "__metadata__") {
            if (entry.kind != JsonValue::Kind::Object)
                throw InputError(ND_ENGINE_TEXT("%1: __metadata__ must be an object of strings"), {what});
            for (std::size_t k = 0; k < entry.keys.size(); ++k) {
                if (entry.items[k].kind != JsonValue::Kind::String)
                    throw InputError(ND_ENGINE_TEXT("%1: __metadata__ value %2 is not a string"),
                                     {what, "\"" + entry.keys[k] + "\""});
                out.metadata.emplace_back(entry.keys[k], entry.items[k].text);
            }
            continue;
        }
        // Messages name the file and the tensor: "%1: tensor '%2': ...".
        const std::vector<std::string> where{what, name};
        const auto whereAnd = [&](std::initializer_list<std::string> more) {
            std::vector<std::string> args = where;
            args.insert(args.end(), more);
            return args;
        };
        if (entry.kind != JsonValue::Kind::Object)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': its entry is not an object"), where);
        const JsonValue* dtype = nullptr;
        const JsonValue* shape = nullptr;
        const JsonValue* offsets = nullptr;
        for (std::size_t k = 0; k < entry.keys.size(); ++k) {
            if (entry.keys[k] == "dtype")
                dtype = &entry.items[k];
            else if (entry.keys[k] == "shape")
                shape = &entry.items[k];
            else if (entry.keys[k] == "data_offsets")
                offsets = &entry.items[k];
        }
        if (!dtype || !shape || !offsets)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': the entry needs dtype, shape and data_offsets"),
                             where);
        if (dtype->kind != JsonValue::Kind::String)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': dtype is not a string"), where);
        const DTypeEntry* type = nullptr;
        for (const DTypeEntry& d : kDTypes)
            if (dtype->text == d.name)
                type = &d;
        if (!type)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': unknown dtype '%3'"), whereAnd({dtype->text}));
        if (shape->kind != JsonValue::Kind::Array)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': shape is not an array"), where);
        if (shape->items.size() > 64)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': the shape has more than 64 dimensions"), where);
        std::vector<std::uint64_t> extents;
        for (const JsonValue& e : shape->items)
            extents.push_back(unsignedNumber(e, what + ": tensor '" + name + "': a shape entry"));
        if (offsets->kind != JsonValue::Kind::Array || offsets->items.size() != 2)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': data_offsets must be [begin, end]"), where);
        const std::uint64_t begin =
            unsignedNumber(offsets->items[0], what + ": tensor '" + name + "': data_offsets");
        const std::uint64_t end =
            unsignedNumber(offsets->items[1], what + ": tensor '" + name + "': data_offsets");
        if (begin > end)
            throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': data_offsets [%3, %4] end before they begin"),
                             whereAnd({std::to_string(begin), std::to_string(end)}));
        if (end > data.size())
            throw InputError(
                ND_ENGINE_TEXT("%1: tensor '%2': data_offsets end at %3, past the %4 data bytes of the file "
                               "(truncated?)"),
                whereAnd({std::to_string(end), std::to_string(data.size())}));
        std::uint64_t expected = type->size;
        for (std::uint64_t e : extents) {
            if (e != 0 && expected > std::numeric_limits<std::uint64_t>::max() / e)
                throw InputError(ND_ENGINE_TEXT("%1: tensor '%2': the shape's size overflows 64 bits"),
                                 where);
            expected *= e;
        }
        if (expected != end - begin)
            throw InputError(
                ND_ENGINE_TEXT("%1: tensor '%2': the shape holds %3 bytes of %4 but data_offsets give %5"),
                whereAnd({std::to_string(expected), type->name, std::to_string(end - begin)}));
        placed.push_back({begin, end, name});
        if (!type->readable) {
            out.unsupported.emplace_back(name, type->name);
            continue;
        }
        TensorView view;
        view.name = name;
        view.dtype = *type->readable;
        view.shape = std::move(extents);
        view.data = data.subspan(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
        out.tensors.push_back(std::move(view));
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.begin < b.begin; });
    for (std::size_t i = 1; i < placed.size(); ++i)
        if (placed[i].begin < placed[i - 1].end)
            throw InputError(ND_ENGINE_TEXT("%1: tensors '%2' and '%3' overlap in the data"),
                             {what, placed[i - 1].name, placed[i].name});
    std::sort(out.tensors.begin(), out.tensors.end(),
              [](const TensorView& a, const TensorView& b) { return a.data.data() < b.data.data(); });
    return out;
}

} // namespace nd
