#include "io/numbertext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace nd {

char* writeNumber(char* out, double v)
{
    if (std::isnan(v)) {
        std::memcpy(out, "nan", 3);
        return out + 3;
    }
    if (std::isinf(v)) {
        if (v < 0)
            *out++ = '-';
        std::memcpy(out, "inf", 3);
        return out + 3;
    }
    if (v == 0.0) { // Qt writes -0 as "0"
        *out = '0';
        return out + 1;
    }
    // The shortest round-trip digits in scientific form, "-d.ddde-XX", then laid out.
    char s[kMaxNumberChars];
    const char* end = std::to_chars(s, s + sizeof s, v, std::chars_format::scientific).ptr;
    const char* p = s;
    if (*p == '-')
        *out++ = *p++;
    char digits[20];
    int count = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.')
            digits[count++] = *p;
    ++p; // 'e'
    const bool negative = *p == '-';
    ++p; // sign
    int exponent = 0;
    std::from_chars(p, end, exponent);
    if (negative)
        exponent = -exponent;
    const int point = exponent + 1; // digits before the decimal point
    const int absExponent = negative ? -exponent : exponent;
    const int exponentDigits = absExponent >= 100 ? 3 : 2;
    // Qt takes the decimal form when it is not longer than the exponent form.
    const int exponentLength = count + (count > 1 ? 1 : 0) + 2 + exponentDigits;
    const int decimalLength = point <= 0 ? 2 - point + count : (point < count ? count + 1 : point);
    if (decimalLength <= exponentLength) {
        if (point <= 0) {
            *out++ = '0';
            *out++ = '.';
            for (int i = 0; i < -point; ++i)
                *out++ = '0';
            std::memcpy(out, digits, static_cast<std::size_t>(count));
            return out + count;
        }
        if (point < count) {
            std::memcpy(out, digits, static_cast<std::size_t>(point));
            out += point;
            *out++ = '.';
            std::memcpy(out, digits + point, static_cast<std::size_t>(count - point));
            return out + (count - point);
        }
        std::memcpy(out, digits, static_cast<std::size_t>(count));
        out += count;
        for (int i = count; i < point; ++i)
            *out++ = '0';
        return out;
    }
    *out++ = digits[0];
    if (count > 1) {
        *out++ = '.';
        std::memcpy(out, digits + 1, static_cast<std::size_t>(count - 1));
        out += count - 1;
    }
    *out++ = 'e';
    *out++ = negative ? '-' : '+';
    if (absExponent >= 100)
        *out++ = static_cast<char>('0' + absExponent / 100);
    *out++ = static_cast<char>('0' + absExponent / 10 % 10);
    *out++ = static_cast<char>('0' + absExponent % 10);
    return out;
}

char* writeInteger(char* out, long long v)
{
    return std::to_chars(out, out + 24, v).ptr;
}

std::string numberText(double v)
{
    char s[kMaxNumberChars];
    return std::string(s, writeNumber(s, v));
}

void TextBuffer::csvField(std::string_view s)
{
    if (s.find_first_of(",\"\n") == std::string_view::npos) {
        put(s);
        return;
    }
    put('"');
    for (char c : s) {
        if (c == '"')
            put('"');
        put(c);
    }
    put('"');
}

void TextBuffer::grow(std::size_t n)
{
    m_text.resize(std::max(m_text.size() * 2, m_size + n));
}

std::string TextBuffer::take()
{
    m_text.resize(m_size);
    m_size = 0;
    return std::move(m_text);
}

} // namespace nd
