#include "model/numbertext.h"

#include "common/errors.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace nd {

namespace {
std::vector<std::string> splitRows(const std::string& text)
{
    std::vector<std::string> rows(1);
    for (char ch : text) {
        if (ch == ';' || ch == '\n')
            rows.emplace_back();
        else
            rows.back() += ch;
    }
    return rows;
}

std::vector<double> parseRow(const std::string& row, const std::string& where)
{
    std::vector<double> out;
    std::string item;
    std::istringstream in(row);
    std::string chunk;
    while (in >> chunk) {
        std::stringstream parts(chunk);
        while (std::getline(parts, item, ',')) {
            if (item.empty())
                continue;
            char* end = nullptr;
            const double v = std::strtod(item.c_str(), &end);
            if (end == item.c_str() || *end != '\0')
                throw InputError(ND_ENGINE_TEXT("%1: '%2' is not a number"), {where, item});
            if (!std::isfinite(v))
                throw InputError(ND_ENGINE_TEXT("%1: every value must be finite (got '%2')"), {where, item});
            out.push_back(v);
        }
    }
    return out;
}
} // namespace

std::vector<std::vector<double>> parseNumberRows(const std::string& text, const std::string& field)
{
    std::vector<std::vector<double>> rows;
    const auto raw = splitRows(text);
    for (std::size_t r = 0; r < raw.size(); ++r) {
        auto values = parseRow(raw[r], field + ", row " + std::to_string(r + 1));
        if (!values.empty())
            rows.push_back(std::move(values));
    }
    return rows;
}

std::vector<double> parseNumberList(const std::string& text, const std::string& field)
{
    std::vector<double> all;
    for (const auto& row : parseNumberRows(text, field))
        all.insert(all.end(), row.begin(), row.end());
    return all;
}

int indexFromNumber(double value, int count, const std::string& field, const std::string& what)
{
    if (value != std::floor(value) || value < 0 || value >= count) {
        std::ostringstream os;
        os << field << ": " << what << " names " << value << ", which does not exist (valid: 0.." << count - 1
           << ")";
        throw InputError(os.str());
    }
    return static_cast<int>(value);
}

} // namespace nd
