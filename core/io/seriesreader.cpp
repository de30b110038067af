#include "io/seriesreader.h"

#include <algorithm>
#include <fstream>

namespace nd {

namespace {
const std::string kWhat = "series file";
}

ImportedSeries readSeries(std::string_view text, const SeriesReadOptions& o)
{
    using K = TextTableError::Kind;
    if (text.size() > o.table.maxBytes)
        throw TextTableError(K::SizeLimit, kWhat, 0, 0, {}, text.size(), o.table.maxBytes);
    TextScanner s(text, o.table);
    if (!s.next())
        throw TextTableError(K::NoData, kWhat, 0, 0, {});
    std::vector<std::size_t> cols = o.columns;
    bool header = o.table.header == HeaderMode::Present;
    if (!o.columnNames.empty()) {
        if (o.table.header == HeaderMode::Absent)
            throw InputError(kWhat + ": columns chosen by name need a header line");
        header = true;
        cols.clear();
        for (const std::string& name : o.columnNames) {
            const auto& h = s.fields();
            const auto it =
                std::find_if(h.begin(), h.end(), [&](const TextField& f) { return fieldString(f) == name; });
            if (it == h.end())
                throw InputError(kWhat + ": line " + std::to_string(s.line()) + ": no column named '" + name +
                                 "'");
            cols.push_back(static_cast<std::size_t>(it - h.begin()));
        }
    }
    if (cols.empty())
        throw InputError(kWhat + ": no column chosen");
    const std::size_t needed = *std::max_element(cols.begin(), cols.end()) + 1;
    if (o.table.header == HeaderMode::Auto && o.columnNames.empty()) {
        // The chosen fields of the first line are all names (a header) or all numbers (data).
        // (Empty fields decide nothing; in a data line they are refused below.)
        header = isHeaderLine(s.fields(), cols, s.line(), kWhat);
    }
    auto requireCount = [&] {
        if (s.fields().size() < needed)
            throw TextTableError(K::FieldCount, kWhat, s.line(), 0, {}, s.fields().size(), needed);
    };
    ImportedSeries out;
    const std::size_t headerLine = header ? s.line() : 0;
    for (std::size_t c : cols) {
        if (header) {
            requireCount();
            out.names.push_back(fieldString(s.fields()[c]));
        } else {
            out.names.push_back("column " + std::to_string(c + 1));
        }
    }
    out.values.assign(cols.size(), {});
    std::size_t rows = 0;
    for (bool more = header ? s.next() : true; more; more = s.next()) {
        requireCount();
        if (++rows > o.table.maxRows)
            throw TextTableError(K::RowLimit, kWhat, s.line(), 0, {}, rows, o.table.maxRows);
        for (std::size_t k = 0; k < cols.size(); ++k)
            out.values[k].push_back(requireNumber(s.fields()[cols[k]].text, s.line(), cols[k] + 1, kWhat));
    }
    if (out.rows() == 0)
        throw TextTableError(K::NoData, kWhat, headerLine, 0, {});
    return out;
}

ImportedSeries readSeries(std::istream& in, const SeriesReadOptions& options)
{
    return readSeries(readAllText(in, options.table.maxBytes, kWhat), options);
}

ImportedSeries readSeriesFile(const std::string& path, const SeriesReadOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(kWhat + ": cannot open '" + path + "'");
    return readSeries(in, options);
}

} // namespace nd
