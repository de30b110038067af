#include "io/texttable.h"

#include "common/errors.h"

#include <charconv>
#include <cmath>

namespace nd {

namespace {

std::string_view trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    s = s.substr(b, e - b + 1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    return s;
}

std::vector<std::string> split(std::string_view line, char delimiter)
{
    std::vector<std::string> fields;
    if (delimiter == ' ') {
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
                ++i;
            const std::size_t start = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
                ++i;
            if (i > start)
                fields.emplace_back(trim(line.substr(start, i - start)));
        }
        return fields;
    }
    std::size_t start = 0;
    for (;;) {
        const std::size_t pos = line.find(delimiter, start);
        fields.emplace_back(trim(line.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start)));
        if (pos == std::string_view::npos)
            break;
        start = pos + 1;
    }
    return fields;
}

} // namespace

std::vector<TextRow> readTextRows(std::istream& in, const TextTableOptions& o, const std::string& what,
                                  char* detectedDelimiter)
{
    std::vector<TextRow> rows;
    char delimiter = o.delimiter;
    std::string line;
    std::size_t lineNo = 0, bytes = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        bytes += line.size() + 1;
        if (bytes > o.maxBytes)
            throw InputError(what + ": line " + std::to_string(lineNo) + ": input exceeds the size limit of "
                             + std::to_string(o.maxBytes) + " bytes");
        if (lineNo == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            line.erase(0, 3); // UTF-8 byte-order mark
        const std::string_view t = trim(line);
        if (t.empty() || (o.comment && t.front() == o.comment))
            continue;
        if (delimiter == 0) {
            if (line.find(',') != std::string::npos)
                delimiter = ',';
            else if (line.find(';') != std::string::npos)
                delimiter = ';';
            else if (line.find('\t') != std::string::npos)
                delimiter = '\t';
            else
                delimiter = ' ';
        }
        if (rows.size() >= o.maxRows)
            throw InputError(what + ": line " + std::to_string(lineNo) + ": more than " + std::to_string(o.maxRows)
                             + " rows (the row limit)");
        rows.push_back({lineNo, split(line, delimiter)});
    }
    if (in.bad())
        throw InputError(what + ": read error after line " + std::to_string(lineNo));
    if (detectedDelimiter)
        *detectedDelimiter = delimiter;
    return rows;
}

std::optional<double> parseNumber(std::string_view field)
{
    if (!field.empty() && field.front() == '+')
        field.remove_prefix(1);
    if (field.empty())
        return std::nullopt;
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (ec != std::errc() || ptr != field.data() + field.size())
        return std::nullopt;
    return v;
}

double requireNumber(const TextRow& row, std::size_t column, const std::string& what)
{
    const std::string where = what + ": line " + std::to_string(row.line) + ", column " + std::to_string(column + 1);
    const auto v = parseNumber(row.fields[column]);
    if (!v)
        throw InputError(where + ": '" + row.fields[column] + "' is not a number");
    if (!std::isfinite(*v))
        throw InputError(where + ": non-finite value '" + row.fields[column] + "'");
    return *v;
}

void requireFields(const TextRow& row, std::size_t count, const std::string& what)
{
    if (row.fields.size() < count)
        throw InputError(what + ": line " + std::to_string(row.line) + ": expected at least " + std::to_string(count)
                         + " fields, found " + std::to_string(row.fields.size()));
}

} // namespace nd
