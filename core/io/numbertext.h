// Writing numbers as text for result files: the shortest text that reads back as the same
// double (std::to_chars), laid out as Qt's QString::number(v, 'g', QLocale::FloatingPointShortest)
// lays it out (decimal unless the exponent form is shorter, "1e-05", "nan", "inf", "0" for -0),
// so files keep their bytes; and a growing buffer that CSV writers fill without an allocation
// per number. Any thread; a TextBuffer belongs to one thread at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nd {

// Room writeNumber needs at `out`.
constexpr std::size_t kMaxNumberChars = 32;

// Writes v at out (at most kMaxNumberChars characters, no terminator); returns the end.
char* writeNumber(char* out, double v);
// Writes a whole number; returns the end (at most 20 characters).
char* writeInteger(char* out, long long v);

// The same as a string (for text that is not written in bulk).
std::string numberText(double v);

// A text being written, grown geometrically; append numbers and text, then take() it.
class TextBuffer {
public:
    explicit TextBuffer(std::size_t reserve = 1 << 16) { m_text.resize(reserve); }
    void number(double v)
    {
        room(kMaxNumberChars);
        m_size = static_cast<std::size_t>(writeNumber(m_text.data() + m_size, v) - m_text.data());
    }
    void integer(long long v)
    {
        room(24);
        m_size = static_cast<std::size_t>(writeInteger(m_text.data() + m_size, v) - m_text.data());
    }
    void put(char c)
    {
        room(1);
        m_text[m_size++] = c;
    }
    void put(std::string_view s)
    {
        room(s.size());
        s.copy(m_text.data() + m_size, s.size());
        m_size += s.size();
    }
    // A CSV field: quoted (with doubled quotes) when it holds a comma, a quote or a line break.
    void csvField(std::string_view s);
    std::size_t size() const { return m_size; }
    const char* data() const { return m_text.data(); }
    std::string_view view() const { return {m_text.data(), m_size}; }
    std::string take();

private:
    void room(std::size_t n)
    {
        if (m_size + n > m_text.size())
            grow(n);
    }
    void grow(std::size_t n);
    std::string m_text;
    std::size_t m_size = 0;
};

} // namespace nd
