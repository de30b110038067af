#include "io/edgelistreader.h"

#include "common/errors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace nd {

namespace {

const std::string kWhat = "edge list";

bool equalsLower(std::string_view field, std::string_view lower)
{
    return field.size() == lower.size() &&
           std::equal(field.begin(), field.end(), lower.begin(),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

bool looksLikeHeader(const std::vector<TextField>& fields, const EdgeListReadOptions& o)
{
    const std::size_t needed = std::max(o.sourceColumn, o.targetColumn) + 1;
    if (fields.size() < needed)
        return false;
    const std::string_view s = fields[o.sourceColumn].text, t = fields[o.targetColumn].text;
    if ((equalsLower(s, "source") && equalsLower(t, "target")) ||
        (equalsLower(s, "from") && equalsLower(t, "to")))
        return true;
    if (o.weightColumn >= 0 && static_cast<std::size_t>(o.weightColumn) < fields.size() &&
        !parseNumber(fields[static_cast<std::size_t>(o.weightColumn)].text))
        return true;
    return (o.ids == NodeIds::ZeroBased || o.ids == NodeIds::OneBased) &&
           (!parseNumber(s) || !parseNumber(t));
}

// Label look-up by the field's view, without making a string of it.
struct LabelHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

} // namespace

ImportedGraph readEdgeList(std::string_view text, const EdgeListReadOptions& options)
{
    if (text.size() > options.table.maxBytes)
        throw TextTableError(TextTableError::Kind::SizeLimit, kWhat, 0, 0, {}, text.size(),
                             options.table.maxBytes);
    EdgeListReadOptions o = options;
    const std::size_t needed = std::max({o.sourceColumn, o.targetColumn,
                                         o.weightColumn < 0 ? std::size_t(0) : std::size_t(o.weightColumn)}) +
                               1;
    // The first data line decides the header (and, with NodeIds::Auto, a first pass the ids).
    bool header = o.table.header == HeaderMode::Present;
    {
        TextScanner first(text, o.table);
        if (o.table.header == HeaderMode::Auto && first.next())
            header = looksLikeHeader(first.fields(), o);
    }
    if (o.ids == NodeIds::Auto) {
        // Indices when every id is a number (so "-1" is refused as an index, not taken as a label).
        o.ids = NodeIds::ZeroBased;
        TextScanner s(text, o.table);
        for (bool skip = header; s.next() && o.ids == NodeIds::ZeroBased; skip = false)
            for (std::size_t c : {o.sourceColumn, o.targetColumn})
                if (!skip && c < s.fields().size() &&
                    (s.fields()[c].quoted || !parseNumber(s.fields()[c].text)))
                    o.ids = NodeIds::Labels;
    }

    ImportedGraph out;
    out.labels = o.ids == NodeIds::Labels;
    std::unordered_map<std::string, std::size_t, LabelHash, std::equal_to<>> index;
    std::size_t maxIndex = 0, rows = 0;
    TextScanner s(text, o.table);
    auto node = [&](std::size_t column) -> std::size_t {
        const TextField& f = s.fields()[column];
        if (o.ids == NodeIds::Labels) {
            if (const auto it = index.find(f.text); it != index.end())
                return it->second;
            if (out.nodeNames.size() >= o.maxNodes)
                throw InputError(kWhat + ": line " + std::to_string(s.line()) + ": more than " +
                                 std::to_string(o.maxNodes) + " nodes (the node limit)");
            index.emplace(std::string(f.text), out.nodeNames.size());
            out.nodeNames.push_back(fieldString(f));
            return out.nodeNames.size() - 1;
        }
        const double v = requireNumber(f.text, s.line(), column + 1, kWhat);
        const double first = o.ids == NodeIds::OneBased ? 1.0 : 0.0;
        if (v != std::floor(v) || v < first || v - first >= static_cast<double>(o.maxNodes))
            throw InputError(kWhat + ": line " + std::to_string(s.line()) + ", column " +
                             std::to_string(column + 1) + ": node id '" + std::string(f.text) +
                             "' is not an integer in [" + std::to_string(int(first)) + ", " +
                             std::to_string(o.maxNodes - 1 + static_cast<std::size_t>(first)) + "]");
        const auto id = static_cast<std::size_t>(v - first);
        maxIndex = std::max(maxIndex, id);
        return id;
    };
    for (bool skip = header; s.next(); skip = false) {
        if (skip)
            continue;
        if (++rows > o.table.maxRows)
            throw TextTableError(TextTableError::Kind::RowLimit, kWhat, s.line(), 0, {}, rows,
                                 o.table.maxRows);
        if (s.fields().size() < needed)
            throw InputError(kWhat + ": line " + std::to_string(s.line()) + ": expected at least " +
                             std::to_string(needed) + " fields, found " + std::to_string(s.fields().size()));
        GraphEdge e;
        e.from = node(o.sourceColumn);
        e.to = node(o.targetColumn);
        e.weight = o.weightColumn < 0
                       ? 1.0
                       : requireNumber(s.fields()[static_cast<std::size_t>(o.weightColumn)].text, s.line(),
                                       static_cast<std::size_t>(o.weightColumn) + 1, kWhat);
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
