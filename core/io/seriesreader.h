// Reading time series from delimited text files (CSV or whitespace columns): choose columns by
// index or header name; malformed lines are reported with their line and column numbers.
// Any thread may call.
#pragma once

#include "io/texttable.h"

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

struct SeriesReadOptions {
    TextTableOptions table;
    std::vector<std::size_t> columns = {0}; // 0-based column indices to read ...
    std::vector<std::string> columnNames;   // ... or header names (used when not empty; needs a header)
};

struct ImportedSeries {
    std::vector<std::string> names;          // header names of the chosen columns, else "column N"
    std::vector<std::vector<double>> values; // one vector per chosen column
    std::size_t rows() const { return values.empty() ? 0 : values.front().size(); }
};

// Header detection (HeaderMode::Auto): the first line is a header when none of its chosen fields
// is a number (a quoted field is a name), data when all are; a mix is refused. Throws InputError
// (TextTableError for malformed text) for no data row, a missing column, a short line, an empty,
// non-numeric or non-finite value, or an exceeded size limit.
ImportedSeries readSeries(std::string_view text, const SeriesReadOptions& options = {});
ImportedSeries readSeries(std::istream& in, const SeriesReadOptions& options = {});
ImportedSeries readSeriesFile(const std::string& path, const SeriesReadOptions& options = {});

} // namespace nd
