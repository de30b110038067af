// Reading weighted edge lists (CSV or whitespace columns: source, target[, weight]) into the
// graph the network spectrum uses. Nodes are labels (numbered in order of first appearance) or
// 0-/1-based integer indices. Malformed lines are reported with their line numbers. Any thread.
#pragma once

#include "io/texttable.h"
#include "measures/networkspectrum.h"

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

// Auto: 0-based indices when every source and target field is a number, else labels.
enum class NodeIds { Labels, ZeroBased, OneBased, Auto };

struct EdgeListReadOptions {
    TextTableOptions table;
    NodeIds ids = NodeIds::Labels;
    std::size_t sourceColumn = 0, targetColumn = 1;
    int weightColumn = 2;             // < 0: no weight column, every edge weighs 1
    std::size_t maxNodes = 1'000'000; // refuse larger graphs (the spectrum stores N^2 distances)
};

struct ImportedGraph {
    WeightedGraph graph;
    std::vector<std::string> nodeNames; // index -> label (or the index as text)
    bool labels = false;                // nodes were read as labels (not as indices)
};

// Header detection (HeaderMode::Auto): the first row is a header when its weight field, or with
// integer ids its source or target field, is not a number, or when it reads source/target or
// from/to. Throws InputError for no edge, a short line, a bad id or weight, or a limit exceeded.
// With NodeIds::Auto, `labels` in the result says which reading was taken.
ImportedGraph readEdgeList(std::string_view text, const EdgeListReadOptions& options = {});
ImportedGraph readEdgeList(std::istream& in, const EdgeListReadOptions& options = {});
ImportedGraph readEdgeListFile(const std::string& path, const EdgeListReadOptions& options = {});

} // namespace nd
