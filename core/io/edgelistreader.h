// Reading weighted edge lists (CSV or whitespace columns: source, target[, weight]) into the
// graph the network spectrum uses. Nodes are labels (numbered in order of first appearance) or
// 0-/1-based integer indices. Malformed lines are reported with their line numbers. Any thread.
#pragma once

#include "io/texttable.h"
#include "measures/networkspectrum.h"

#include <istream>
#include <string>
#include <vector>

namespace nd {

enum class NodeIds { Labels, ZeroBased, OneBased };

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
};

// Header detection (HeaderMode::Auto): the first row is a header when its weight field, or with
// integer ids its source or target field, is not a number, or when it reads source/target or
// from/to. Throws InputError for no edge, a short line, a bad id or weight, or a limit exceeded.
ImportedGraph readEdgeList(std::istream& in, const EdgeListReadOptions& options = {});
ImportedGraph readEdgeListFile(const std::string& path, const EdgeListReadOptions& options = {});

} // namespace nd
