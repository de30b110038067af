// What `neurodyn-cli run` computes for a study file, and the tiled form of that work:
// the trajectory always; the orbit diagram and a parameter scan when the file's "analyses"
// section describes them. Tileable analyses (the orbit diagram and the scan) are
// split by columns into n deterministic ranges; a tile file carries the study file itself
// so `merge` needs nothing else and refuses tiles of different studies.
#pragma once

#include "study/study.h"

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace nd::cli {

class ProgressBar;

struct RunPlan {
    QByteArray studyBytes; // the study file as read
    Study study;
    bool orbitDiagram = false;
    QJsonObject scan; // "analyses.parameter_scan" (see scanresult.h); empty when absent
    int threads = 0; // engine worker threads, <= 0 for the default
};

bool loadRunPlan(const QString& path, RunPlan& plan, QString& error);
bool runPlanFromBytes(const QByteArray& bytes, RunPlan& plan, QString& error);

// Columns [begin, end) of tile i of n over count columns: floor(i * count / n) ...
void tileColumns(int i, int n, int count, int& begin, int& end);

// Computes tile i of n of every tileable analysis; returns the tile file's bytes.
// Throws InputError for studies the engine refuses.
QByteArray computeTile(const RunPlan& plan, int i, int n, ProgressBar* progress);

struct TileHeader {
    int index = 0;
    int count = 1;
    QByteArray studyBytes;
};
bool readTileHeader(const QByteArray& tile, TileHeader& header, QString& error);

// Writes every result of the plan into dir. With tiles empty the tileable analyses are
// computed here in one piece; otherwise they are merged from the tiles (all n of them, any
// order). Throws InputError for studies the engine refuses.
bool writeResults(const RunPlan& plan, const std::vector<QByteArray>& tiles, const QDir& dir, ProgressBar* progress,
                  QString& error);

} // namespace nd::cli
