// The measures `neurodyn-cli measure NAME` knows: each declares its own options and turns the
// parsed options and the input table into the JSON it prints. One implementation file per
// measure (measuresampen.cpp, ...); measurecommand.cpp only dispatches and reads the input.
#pragma once

#include "cli/seriesinput.h"

#include <QJsonObject>
#include <QString>

#include <vector>

class QCommandLineParser;

namespace nd {
struct ImportedGraph;
}

namespace nd::cli {

enum class MeasureInput {
    Series,     // one column (--column)
    MultiSeries, // several columns, one per node (--columns)
    EdgeList,   // source, target[, weight] per row (nd::readEdgeList: node labels or indices)
};

struct MeasureSpec {
    const char* name;
    const char* summary; // one line, for the usage text (translated in context "MeasureCommand")
    MeasureInput input;
    void (*addOptions)(QCommandLineParser& parser);
    // Fills `result` with the measure's keys; false with `error` for bad option values.
    // May throw nd::InputError for input the library refuses.
    bool (*run)(const QCommandLineParser& parser, const NumericTable& table, const std::vector<int>& columns,
                QJsonObject& result, QString& error);
    // For MeasureInput::EdgeList instead of run.
    bool (*runGraph)(const QCommandLineParser& parser, const ImportedGraph& graph, QJsonObject& result,
                     QString& error) = nullptr;
    // The key of the scalar `run` puts in the result (a number, or null with "reason"), which
    // --surrogates tests against surrogates; nullptr: the measure has none to test.
    const char* scalarKey = nullptr;
    // Other keys of scalars --scalar may choose instead (comma-separated); nullptr: none.
    const char* otherScalars = nullptr;
};

// Every measure of this build, in the order the usage text lists them.
const std::vector<MeasureSpec>& measureSpecs();

// Measure implementations (registered in measurecommand.cpp).
MeasureSpec sampleEntropySpec();
MeasureSpec zeroOneSpec();
MeasureSpec mfdfaSpec();
MeasureSpec kuramotoSpec();
MeasureSpec crossCorrelationSpec();
MeasureSpec networkMfaSpec();
MeasureSpec multiscaleEntropySpec();
MeasureSpec permutationEntropySpec();
MeasureSpec approximateEntropySpec();
MeasureSpec embeddingSpec();
MeasureSpec rqaSpec();

} // namespace nd::cli
