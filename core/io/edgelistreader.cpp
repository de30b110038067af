#include "io/edgelistreader.h"

#include "common/errors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <unordered_map>

namespace nd {

namespace {

const std::string kWhat = "edge list";

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool looksLikeHeader(const TextRow& row, const EdgeListReadOptions& o)
{
    const std::size_t needed = std::max(o.sourceColumn, o.targetColumn) + 1;
    if (row.fields.size() < needed)
        return false;
    const std::string s = lower(row.fields[o.sourceColumn]), t = lower(row.fields[o.targetColumn]);
    if ((s == "source" && t == "target") || (s == "from" && t == "to"))
        return true;
    if (o.weightColumn >= 0 && static_cast<std::size_t>(o.weightColumn) < row.fields.size()
        && !parseNumber(row.fields[static_cast<std::size_t>(o.weightColumn)]))
        return true;
    return (o.ids == NodeIds::ZeroBased || o.ids == NodeIds::OneBased) && (!parseNumber(row.fields[o.sourceColumn]) || !parseNumber(row.fields[o.targetColumn]));
}

} // namespace

ImportedGraph readEdgeList(std::string_view text, const EdgeListReadOptions& options)
{
    const std::vector<TextRow> rows = readTextRows(text, options.table, kWhat);
    EdgeListReadOptions o = options;
    bool header = o.table.header == HeaderMode::Present;
    if (o.table.header == HeaderMode::Auto && !rows.empty())
        header = looksLikeHeader(rows.front(), o);
    const std::size_t needed =
        std::max({o.sourceColumn, o.targetColumn, o.weightColumn < 0 ? std::size_t(0) : std::size_t(o.weightColumn)}) + 1;

    if (o.ids == NodeIds::Auto) {
        // Indices when every id is a number (so "-1" is refused as an index, not taken as a label).
        o.ids = NodeIds::ZeroBased;
        for (std::size_t r = header ? 1 : 0; r < rows.size() && o.ids == NodeIds::ZeroBased; ++r)
            for (std::size_t c : {o.sourceColumn, o.targetColumn})
                if (c < rows[r].fields.size() && !parseNumber(rows[r].fields[c]))
                    o.ids = NodeIds::Labels;
    }

    ImportedGraph out;
    out.labels = o.ids == NodeIds::Labels;
    std::unordered_map<std::string, std::size_t> index;
    std::size_t maxIndex = 0;
    auto node = [&](const TextRow& row, std::size_t column) -> std::size_t {
        const std::string& f = row.fields[column];
        if (o.ids == NodeIds::Labels) {
            const auto [it, inserted] = index.try_emplace(f, out.nodeNames.size());
            if (inserted) {
                if (out.nodeNames.size() >= o.maxNodes)
                    throw InputError(kWhat + ": line " + std::to_string(row.line) + ": more than "
                                     + std::to_string(o.maxNodes) + " nodes (the node limit)");
                out.nodeNames.push_back(f);
            }
            return it->second;
        }
        const double v = requireNumber(row, column, kWhat);
        const double first = o.ids == NodeIds::OneBased ? 1.0 : 0.0;
        if (v != std::floor(v) || v < first || v - first >= static_cast<double>(o.maxNodes))
            throw InputError(kWhat + ": line " + std::to_string(row.line) + ", column " + std::to_string(column + 1)
                             + ": node id '" + f + "' is not an integer in [" + std::to_string(int(first)) + ", "
                             + std::to_string(o.maxNodes - 1 + static_cast<std::size_t>(first)) + "]");
        const auto id = static_cast<std::size_t>(v - first);
        maxIndex = std::max(maxIndex, id);
        return id;
    };
    for (std::size_t r = header ? 1 : 0; r < rows.size(); ++r) {
        const TextRow& row = rows[r];
        requireFields(row, needed, kWhat);
        GraphEdge e;
        e.from = node(row, o.sourceColumn);
        e.to = node(row, o.targetColumn);
        e.weight = o.weightColumn < 0 ? 1.0 : requireNumber(row, static_cast<std::size_t>(o.weightColumn), kWhat);
        out.graph.edges.push_back(e);
    }
    if (out.graph.edges.empty())
        throw InputError(kWhat + ": no edges");
    if (o.ids == NodeIds::Labels) {
        out.graph.nodes = out.nodeNames.size();
    } else {
        out.graph.nodes = maxIndex + 1;
        for (std::size_t i = 0; i < out.graph.nodes; ++i)
            out.nodeNames.push_back(std::to_string(i + (o.ids == NodeIds::OneBased ? 1 : 0)));
    }
    return out;
}

ImportedGraph readEdgeList(std::istream& in, const EdgeListReadOptions& options)
{
    return readEdgeList(readAllText(in, options.table.maxBytes, kWhat), options);
}

ImportedGraph readEdgeListFile(const std::string& path, const EdgeListReadOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(kWhat + ": cannot open '" + path + "'");
    return readEdgeList(in, options);
}

} // namespace nd
