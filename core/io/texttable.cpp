#include "io/texttable.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace nd {

namespace {

bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trimBlanks(std::string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && blank(s[b]))
        ++b;
    while (e > b && blank(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

std::string lineText(std::size_t line)
{
    return "line " + std::to_string(line);
}

std::string whereText(std::size_t line, std::size_t column)
{
    return lineText(line) + ", column " + std::to_string(column);
}

std::string messageFor(TextTableError::Kind kind, const std::string& what, std::size_t line,
                       std::size_t column, const std::string& text, std::size_t found, std::size_t expected)
{
    using K = TextTableError::Kind;
    switch (kind) {
    case K::NoData:
        return what + (line ? ": a header but no data rows" : ": no data rows");
    case K::FieldCount:
        return what + ": " + lineText(line) + ": " + std::to_string(found) + " fields, expected " +
               std::to_string(expected);
    case K::EmptyField:
        return what + ": " + whereText(line, column) + ": empty field";
    case K::NotNumber:
        return what + ": " + whereText(line, column) + ": '" + text + "' is not a number";
    case K::NonFinite:
        return what + ": " + whereText(line, column) + ": non-finite value '" + text + "'";
    case K::MixedHeader:
        return what + ": " + whereText(line, column) + ": the first line mixes numbers and names ('" + text +
               "'): a header line names every column, a data line holds only numbers";
    case K::RowLimit:
        return what + ": " + lineText(line) + ": more than " + std::to_string(expected) +
               " rows (the row limit)";
    case K::SizeLimit:
        return what + ": input exceeds the size limit of " + std::to_string(expected) + " bytes";
    }
    return what;
}

void checkSize(std::string_view text, const TextTableOptions& o, const std::string& what)
{
    if (text.size() > o.maxBytes)
        throw TextTableError(TextTableError::Kind::SizeLimit, what, 0, 0, {}, text.size(), o.maxBytes);
}

// Tab-separated: tabs and no blank outside quotes ("1\t 2", aligned with blanks and tabs, is
// whitespace-separated, where runs of blanks are one separator).
bool tabSeparated(std::string_view line)
{
    bool quoted = false, tab = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ' ')
            return false;
        tab = tab || c == '\t';
    }
    return tab;
}

// A number in a field read as the first line; quoted fields are names.
bool isNumberField(const TextField& f)
{
    return !f.quoted && parseNumber(f.text).has_value();
}

// A missing value as spreadsheets, R and pandas write it.
bool missingMark(std::string_view text)
{
    return text.empty() || text == "NaN" || text == "nan" || text == "NAN" || text == "NA" || text == "N/A" ||
           text == "n/a";
}

} // namespace

std::string fieldString(const TextField& field)
{
    if (!field.quoted || field.text.find('"') == std::string_view::npos)
        return std::string(field.text);
    std::string s;
    for (std::size_t i = 0; i < field.text.size(); ++i) {
        s += field.text[i];
        if (field.text[i] == '"' && i + 1 < field.text.size() && field.text[i + 1] == '"')
            ++i;
    }
    return s;
}

TextScanner::TextScanner(std::string_view text, const TextTableOptions& options)
    : m_text(text), m_delimiter(options.delimiter), m_comment(options.comment)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3; // UTF-8 byte-order mark
}

bool TextScanner::next()
{
    while (m_pos < m_text.size()) {
        const char* begin = m_text.data() + m_pos;
        const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', m_text.size() - m_pos));
        const std::size_t end = newline ? static_cast<std::size_t>(newline - m_text.data()) : m_text.size();
        std::string_view line = m_text.substr(m_pos, end - m_pos);
        m_pos = newline ? end + 1 : m_text.size();
        ++m_line;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::string_view t = trimBlanks(line);
        if (t.empty() || (m_comment && t.front() == m_comment))
            continue;
        if (m_delimiter == 0) {
            if (line.find(',') != std::string_view::npos)
                m_delimiter = ',';
            else if (line.find(';') != std::string_view::npos)
                m_delimiter = ';';
            else if (tabSeparated(t))
                m_delimiter = '\t';
            else
                m_delimiter = ' ';
        }
        split(m_delimiter == ' ' ? t : line);
        return true;
    }
    return false;
}

void TextScanner::split(std::string_view line)
{
    m_fields.clear();
    const std::size_t n = line.size();
    const bool whitespace = m_delimiter == ' ';
    auto separator = [&](char c) { return whitespace ? blank(c) : c == m_delimiter; };
    // Blanks around a field (in whitespace mode: the whole run of separating blanks).
    auto skippable = [&](char c) { return blank(c) && (whitespace || c != m_delimiter); };
    std::size_t i = 0;
    for (;;) {
        while (i < n && skippable(line[i]))
            ++i;
        if (whitespace && i >= n)
            break;
        TextField f;
        const std::size_t start = i;
        bool closed = false;
        if (i < n && line[i] == '"') {
            // A quoted field runs to the next quote that is not doubled ("" is a quote in it).
            std::size_t j = i + 1;
            while (j < n) {
                if (line[j] == '"') {
                    if (j + 1 < n && line[j + 1] == '"') {
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                ++j;
            }
            if (closed) {
                // The field ends at the closing quote (then blanks): a separator must follow.
                std::size_t k = j + 1;
                while (!whitespace && k < n && skippable(line[k]))
                    ++k;
                if (k >= n || separator(line[k])) {
                    f.text = line.substr(i + 1, j - i - 1);
                    f.quoted = true;
                    i = k;
                } else {
                    closed = false; // text after the closing quote: the field is taken as written
                }
            }
        }
        if (!closed) {
            std::size_t j = start;
            while (j < n && !separator(line[j]))
                ++j;
            f.text = trimBlanks(line.substr(start, j - start));
            i = j;
        }
        m_fields.push_back(f);
        if (i >= n)
            break;
        ++i; // past the separator (in whitespace mode, the blanks are skipped at the loop's top)
    }
}

TextTableError::TextTableError(Kind k, const std::string& what, std::size_t l, std::size_t c, std::string t,
                               std::size_t f, std::size_t e)
    : InputError(messageFor(k, what, l, c, t, f, e)), kind(k), line(l), column(c), text(std::move(t)),
      found(f), expected(e)
{
}

std::optional<double> parseNumber(std::string_view field)
{
    const bool plus = !field.empty() && field.front() == '+';
    if (plus)
        field.remove_prefix(1);
    if (field.empty() || (plus && field.front() == '-'))
        return std::nullopt;
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (ec != std::errc() || ptr != field.data() + field.size())
        return std::nullopt;
    return v;
}

double requireNumber(std::string_view field, std::size_t line, std::size_t column, const std::string& what)
{
    using K = TextTableError::Kind;
    if (field.empty())
        throw TextTableError(K::EmptyField, what, line, column, {});
    const auto v = parseNumber(field);
    if (!v)
        throw TextTableError(K::NotNumber, what, line, column, std::string(field));
    if (!std::isfinite(*v))
        throw TextTableError(K::NonFinite, what, line, column, std::string(field));
    return *v;
}

std::string readAllText(std::istream& in, std::size_t maxBytes, const std::string& what)
{
    std::string text;
    char chunk[1 << 16];
    while (in) {
        in.read(chunk, sizeof chunk);
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes)
            throw TextTableError(TextTableError::Kind::SizeLimit, what, 0, 0, {}, text.size(), maxBytes);
    }
    if (in.bad())
        throw InputError(what + ": read error after " + std::to_string(text.size()) + " bytes");
    return text;
}

bool isHeaderLine(const std::vector<TextField>& fields, const std::vector<std::size_t>& columns,
                  std::size_t line, const std::string& what)
{
    std::size_t numbers = 0, names = 0, firstName = 0;
    const auto classify = [&](std::size_t c) {
        if (c >= fields.size())
            return;
        const TextField& f = fields[c];
        if (isNumberField(f)) {
            ++numbers;
        } else if (!f.text.empty() || f.quoted) {
            ++names;
            if (!firstName)
                firstName = c + 1;
        }
    };
    if (columns.empty())
        for (std::size_t c = 0; c < fields.size(); ++c)
            classify(c);
    else
        for (std::size_t c : columns)
            classify(c);
    if (numbers > 0 && names > 0)
        throw TextTableError(TextTableError::Kind::MixedHeader, what, line, firstName,
                             fieldString(fields[firstName - 1]));
    return names > 0;
}

NumericColumns readNumericColumns(std::string_view text, const TextTableOptions& o, const std::string& what)
{
    using K = TextTableError::Kind;
    checkSize(text, o, what);
    TextScanner s(text, o);
    NumericColumns out;
    if (!s.next())
        throw TextTableError(K::NoData, what, 0, 0, {});
    std::size_t count = s.fields().size();
    bool header = o.header == HeaderMode::Present;
    if (o.header == HeaderMode::Auto) {
        // Empty fields decide nothing: a header may leave a name out (",x,y" as pandas writes
        // it), and in a data line they are refused below with their line and column.
        header = isHeaderLine(s.fields(), {}, s.line(), what);
    }
    const std::size_t headerLine = header ? s.line() : 0;
    out.columns.resize(count);
    if (o.labelsAndGaps)
        out.notes.resize(count);
    if (header) {
        for (const TextField& f : s.fields())
            out.names.push_back(fieldString(f));
    }
    std::size_t rows = 0;
    for (bool more = header ? s.next() : true; more; more = s.next()) {
        const auto& fields = s.fields();
        if (fields.size() != count)
            throw TextTableError(K::FieldCount, what, s.line(), 0, {}, fields.size(), count);
        if (++rows > o.maxRows)
            throw TextTableError(K::RowLimit, what, s.line(), 0, {}, rows, o.maxRows);
        if (!o.labelsAndGaps) {
            for (std::size_t c = 0; c < count; ++c)
                out.columns[c].push_back(requireNumber(fields[c].text, s.line(), c + 1, what));
            continue;
        }
        for (std::size_t c = 0; c < count; ++c) {
            NumericColumns::ColumnNotes& n = out.notes[c];
            const std::string_view f = fields[c].text;
            // Only a named column can be a label column, decided by its first data field.
            if (rows == 1 && header && !missingMark(f) && !parseNumber(f)) {
                n.label = true;
                n.firstLabel = fieldString(fields[c]);
                n.labelLine = s.line();
            }
            if (n.label) {
                out.columns[c].push_back(std::numeric_limits<double>::quiet_NaN());
            } else if (missingMark(f)) {
                if (n.gaps++ == 0)
                    n.firstGapLine = s.line();
                out.columns[c].push_back(std::numeric_limits<double>::quiet_NaN());
            } else {
                out.columns[c].push_back(requireNumber(f, s.line(), c + 1, what));
            }
        }
    }
    if (rows == 0)
        throw TextTableError(K::NoData, what, headerLine, 0, {});
    return out;
}

} // namespace nd
