#include "io/seriesreader.h"

#include "common/errors.h"

#include <algorithm>
#include <fstream>

namespace nd {

namespace {
const std::string kWhat = "series file";
}

ImportedSeries readSeries(std::istream& in, const SeriesReadOptions& o)
{
    const std::vector<TextRow> rows = readTextRows(in, o.table, kWhat);
    if (rows.empty())
        throw InputError(kWhat + ": no data rows");
    std::vector<std::size_t> cols = o.columns;
    bool header = o.table.header == HeaderMode::Present;
    if (!o.columnNames.empty()) {
        if (o.table.header == HeaderMode::Absent)
            throw InputError(kWhat + ": columns chosen by name need a header line");
        header = true;
        cols.clear();
        for (const std::string& name : o.columnNames) {
            const auto& h = rows.front().fields;
            const auto it = std::find(h.begin(), h.end(), name);
            if (it == h.end())
                throw InputError(kWhat + ": line " + std::to_string(rows.front().line) + ": no column named '" + name + "'");
            cols.push_back(static_cast<std::size_t>(it - h.begin()));
        }
    }
    if (cols.empty())
        throw InputError(kWhat + ": no column chosen");
    const std::size_t needed = *std::max_element(cols.begin(), cols.end()) + 1;
    if (o.table.header == HeaderMode::Auto && o.columnNames.empty()) {
        const TextRow& first = rows.front();
        for (std::size_t c : cols)
            if (c < first.fields.size() && !parseNumber(first.fields[c]))
                header = true;
    }
    ImportedSeries out;
    for (std::size_t c : cols) {
        if (header) {
            requireFields(rows.front(), needed, kWhat);
            out.names.push_back(rows.front().fields[c]);
        } else {
            out.names.push_back("column " + std::to_string(c + 1));
        }
    }
    out.values.assign(cols.size(), {});
    for (std::size_t r = header ? 1 : 0; r < rows.size(); ++r) {
        requireFields(rows[r], needed, kWhat);
        for (std::size_t k = 0; k < cols.size(); ++k)
            out.values[k].push_back(requireNumber(rows[r], cols[k], kWhat));
    }
    if (out.rows() == 0)
        throw InputError(kWhat + ": a header but no data rows");
    return out;
}

ImportedSeries readSeriesFile(const std::string& path, const SeriesReadOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(kWhat + ": cannot open '" + path + "'");
    return readSeries(in, options);
}

} // namespace nd
