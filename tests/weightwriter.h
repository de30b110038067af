// Writers of small weight files for the tests and the benchmark (issue 22): .safetensors as the
// format's specification lays it out, .npy (version 1.0) and stored .npz zip archives, plus the
// float16 / bfloat16 encodings. Written from the format descriptions, independently of the
// readers in core/io; the tests also check the readers against files NumPy itself wrote
// (tests/measures/numpyfixtures.h). Header-only, no Qt.
#pragma once

#include <bit>
#include <functional>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace ndtest {

using Bytes = std::string;

// IEEE half, round to nearest even (overflow to infinity).
inline std::uint16_t toHalf(float value)
{
    const std::uint32_t x = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (x >> 16) & 0x8000u;
    const int biased = static_cast<int>((x >> 23) & 0xff);
    std::uint32_t mantissa = x & 0x7fffffu;
    if (biased == 0xff)
        return static_cast<std::uint16_t>(sign | 0x7c00u | (mantissa ? 0x200u : 0u));
    const int exponent = biased - 127 + 15;
    if (exponent >= 31)
        return static_cast<std::uint16_t>(sign | 0x7c00u);
    if (exponent <= 0) {
        if (exponent < -10)
            return static_cast<std::uint16_t>(sign);
        mantissa |= 0x800000u;
        const int shift = 14 - exponent;
        std::uint32_t h = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1), halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (h & 1u)))
            ++h;
        return static_cast<std::uint16_t>(sign | h);
    }
    std::uint32_t h = (static_cast<std::uint32_t>(exponent) << 10) | (mantissa >> 13);
    const std::uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (h & 1u)))
        ++h; // a carry into the exponent is the right rounding
    return static_cast<std::uint16_t>(sign | h);
}

// bfloat16 by truncation (the tests use values it holds exactly).
inline std::uint16_t toBfloat16(float value)
{
    return static_cast<std::uint16_t>(std::bit_cast<std::uint32_t>(value) >> 16);
}

template <typename T> void appendLe(Bytes& out, T value)
{
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    out.append(raw, sizeof(T));
}

// Elements encoded little-endian: dtype "F16", "BF16", "F32" or "F64".
inline Bytes encode(const std::vector<double>& values, const std::string& dtype)
{
    Bytes out;
    for (double v : values) {
        if (dtype == "F16")
            appendLe(out, toHalf(static_cast<float>(v)));
        else if (dtype == "BF16")
            appendLe(out, toBfloat16(static_cast<float>(v)));
        else if (dtype == "F32")
            appendLe(out, static_cast<float>(v));
        else if (dtype == "F64")
            appendLe(out, v);
        else
            throw std::invalid_argument("encode: dtype " + dtype);
    }
    return out;
}

struct SafetensorsEntry {
    std::string name, dtype;
    std::vector<std::uint64_t> shape;
    Bytes data;
};

inline std::string shapeJson(const std::vector<std::uint64_t>& shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? "," : "") + std::to_string(shape[i]);
    return s + "]";
}

// The header JSON with consecutive data_offsets, padded with spaces to a multiple of 8.
inline std::string safetensorsHeader(const std::vector<SafetensorsEntry>& entries, const std::string& metadata = "")
{
    std::string json = "{";
    if (!metadata.empty())
        json += "\"__metadata__\":" + metadata + ",";
    std::uint64_t offset = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SafetensorsEntry& e = entries[i];
        json += (i ? "," : "") + ("\"" + e.name + "\":{\"dtype\":\"" + e.dtype + "\",\"shape\":" + shapeJson(e.shape) +
                                  ",\"data_offsets\":[" + std::to_string(offset) + "," +
                                  std::to_string(offset + e.data.size()) + "]}");
        offset += e.data.size();
    }
    json += "}";
    while (json.size() % 8)
        json += ' ';
    return json;
}

// A whole file from a header text (possibly a lying one) and the data bytes.
inline Bytes safetensorsFromHeader(const std::string& header, const Bytes& data)
{
    Bytes out;
    appendLe<std::uint64_t>(out, header.size());
    return out + header + data;
}

inline Bytes safetensors(const std::vector<SafetensorsEntry>& entries, const std::string& metadata = "")
{
    Bytes data;
    for (const SafetensorsEntry& e : entries)
        data += e.data;
    return safetensorsFromHeader(safetensorsHeader(entries, metadata), data);
}

// .npy version 1.0; `descr` as NumPy spells it ("<f4").
inline Bytes npy(const std::string& descr, const std::vector<std::uint64_t>& shape, const Bytes& data,
                 bool fortran = false)
{
    std::string dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (";
    for (std::uint64_t e : shape)
        dict += std::to_string(e) + (shape.size() == 1 ? ",)" : ", ");
    if (shape.size() != 1) {
        if (!shape.empty())
            dict.resize(dict.size() - 2);
        dict += ")";
    }
    dict += ", }";
    while ((10 + dict.size() + 1) % 64)
        dict += ' ';
    dict += '\n';
    Bytes out("\x93NUMPY\x01\x00", 8);
    appendLe<std::uint16_t>(out, static_cast<std::uint16_t>(dict.size()));
    return out + dict + data;
}

inline std::uint32_t crc32(const Bytes& data)
{
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char c : data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A zip archive of stored (uncompressed) members, as numpy.savez writes them (without zip64).
inline Bytes storedZip(const std::vector<std::pair<std::string, Bytes>>& members)
{
    Bytes out, directory;
    for (const auto& [name, data] : members) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(data);
        auto common = [&](Bytes& b) {
            appendLe<std::uint16_t>(b, 0);  // flags
            appendLe<std::uint16_t>(b, 0);  // stored
            appendLe<std::uint16_t>(b, 0);  // time
            appendLe<std::uint16_t>(b, 33); // date
            appendLe<std::uint32_t>(b, crc);
            appendLe<std::uint32_t>(b, static_cast<std::uint32_t>(data.size()));
            appendLe<std::uint32_t>(b, static_cast<std::uint32_t>(data.size()));
            appendLe<std::uint16_t>(b, static_cast<std::uint16_t>(name.size()));
            appendLe<std::uint16_t>(b, 0); // extra
        };
        appendLe<std::uint32_t>(out, 0x04034b50u);
        appendLe<std::uint16_t>(out, 20);
        common(out);
        out += name + data;
        appendLe<std::uint32_t>(directory, 0x02014b50u);
        appendLe<std::uint16_t>(directory, 20);
        appendLe<std::uint16_t>(directory, 20);
        common(directory);
        appendLe<std::uint16_t>(directory, 0); // comment
        appendLe<std::uint16_t>(directory, 0); // disk
        appendLe<std::uint16_t>(directory, 0); // internal attributes
        appendLe<std::uint32_t>(directory, 0); // external attributes
        appendLe<std::uint32_t>(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(out.size());
    out += directory;
    appendLe<std::uint32_t>(out, 0x06054b50u);
    appendLe<std::uint16_t>(out, 0);
    appendLe<std::uint16_t>(out, 0);
    appendLe<std::uint16_t>(out, static_cast<std::uint16_t>(members.size()));
    appendLe<std::uint16_t>(out, static_cast<std::uint16_t>(members.size()));
    appendLe<std::uint32_t>(out, static_cast<std::uint32_t>(directory.size()));
    appendLe<std::uint32_t>(out, directoryOffset);
    appendLe<std::uint16_t>(out, 0);
    return out;
}

// A named matrix [rows x cols], row-major values.
struct Matrix {
    std::string name;
    std::uint64_t rows = 0, cols = 0;
    std::vector<double> values;
};

// The four GPT-NeoX matrices per block with Hugging Face's names, W[r, c] = value(block, part, r, c)
// with part 0 qkv [3F x F], 1 attention.dense [F x F], 2 dense_h_to_4h [4F x F], 3 dense_4h_to_h [F x 4F].
inline std::vector<Matrix> gptNeoxMatrices(std::uint64_t f, std::size_t blocks,
                                           const std::function<double(std::size_t, int, std::uint64_t, std::uint64_t)>& value)
{
    const char* parts[] = {"attention.query_key_value.weight", "attention.dense.weight", "mlp.dense_h_to_4h.weight",
                           "mlp.dense_4h_to_h.weight"};
    const std::uint64_t rows[] = {3 * f, f, 4 * f, f}, cols[] = {f, f, f, 4 * f};
    std::vector<Matrix> out;
    for (std::size_t b = 0; b < blocks; ++b)
        for (int p = 0; p < 4; ++p) {
            Matrix m{"gpt_neox.layers." + std::to_string(b) + "." + parts[p], rows[p], cols[p], {}};
            for (std::uint64_t r = 0; r < m.rows; ++r)
                for (std::uint64_t c = 0; c < m.cols; ++c)
                    m.values.push_back(value(b, p, r, c));
            out.push_back(std::move(m));
        }
    return out;
}

// dtype "F16", "BF16", "F32" or "F64".
inline Bytes matricesToSafetensors(const std::vector<Matrix>& matrices, const std::string& dtype)
{
    std::vector<SafetensorsEntry> entries;
    for (const Matrix& m : matrices)
        entries.push_back({m.name, dtype, {m.rows, m.cols}, encode(m.values, dtype)});
    return safetensors(entries);
}

// dtype "F16", "F32" or "F64" (as '<f2', '<f4', '<f8').
inline Bytes matricesToNpz(const std::vector<Matrix>& matrices, const std::string& dtype)
{
    const std::string descr = dtype == "F16" ? "<f2" : dtype == "F32" ? "<f4" : "<f8";
    std::vector<std::pair<std::string, Bytes>> members;
    for (const Matrix& m : matrices)
        members.emplace_back(m.name + ".npy", npy(descr, {m.rows, m.cols}, encode(m.values, dtype)));
    return storedZip(members);
}

inline void writeBytes(const std::string& path, const Bytes& bytes)
{
    std::ofstream f(path, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f)
        throw std::runtime_error("cannot write " + path);
}

} // namespace ndtest
