// Fuzz target: the edge-list reader refuses malformed text with an InputError and never
// crashes, whatever the bytes; a graph it accepts has every edge between its nodes and a name
// for every node (labels, indices, and the automatic choice between them).
#include "common/errors.h"
#include "io/edgelistreader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::istringstream in(text);
    try {
        (void)nd::readEdgeList(in);
    } catch (const nd::InputError&) {
    }
    for (int weight : {2, -1}) {
        nd::EdgeListReadOptions o;
        o.ids = nd::NodeIds::Auto;
        o.weightColumn = weight;
        o.maxNodes = 10000;
        try {
            const nd::ImportedGraph g = nd::readEdgeList(std::string_view(text), o);
            if (g.nodeNames.size() != g.graph.nodes)
                __builtin_trap();
            for (const nd::GraphEdge& e : g.graph.edges)
                if (e.from >= g.graph.nodes || e.to >= g.graph.nodes)
                    __builtin_trap();
        } catch (const nd::InputError&) {
        }
    }
    return 0;
}
