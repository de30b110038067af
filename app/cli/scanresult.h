// Parameter scans in `neurodyn-cli run`. The study format (app/study) has no scan settings
// yet, so the CLI reads an optional "analyses.parameter_scan" section of the study file itself:
//   {"measure": "lyapunov" | "period" | "escape" | "mean" | "spike_rate",
//    "x": {"parameter": "b", "from": 0.1, "to": 0.6, "count": 40},
//    "y": {...} (optional: a 2-D grid), "transient": 1000, "steps": 10000,
//    "variable": 0, "threshold": 0, "max_period": 64, "tolerance": 1e-6}
// Like orbit diagrams, scans split by x columns into tiles that merge bit for bit into the
// single-process result (each column is its own engine call at the full scan's x value).
#pragma once

#include "analysis/scan.h"
#include "study/study.h"

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace nd {
class Progress;
}

namespace nd::cli {

struct ScanPlan {
    QJsonObject section; // as written in the study file
    std::unique_ptr<ScanMeasure> measure;
    ScanRequest request;
};

// Reads the section; false with `error` naming the field.
bool scanPlanFromJson(const QJsonObject& section, const Study& study, ScanPlan& plan, QString& error);

bool writeScanResult(const QDir& dir, const Study& study, const ScanPlan& plan, const ScanResult& result,
                     QString& error);

// x columns [begin, end) of the scan, serialised.
QByteArray computeScanTile(const Model& model, const ScanPlan& plan, int begin, int end, Progress* progress);

// Assembles the scan from tiles covering every x column once.
bool mergeScanTiles(const ScanPlan& plan, const std::vector<QByteArray>& tiles, ScanResult& out, QString& error);

} // namespace nd::cli
