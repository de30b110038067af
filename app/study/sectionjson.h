// JSON of each section of a study's "analyses" object, one pair per section: *ToJson writes
// every field (keys sorted by QJsonObject, so saving is stable), *FromJson reads what is
// present through a FieldReader for "analyses.<section>" and checks ranges, sizes and the
// names of variables and parameters against the model. Internal to app/study; any thread.
#pragma once

#include "study/jsonfields.h"
#include "study/study.h"

#include <QJsonObject>

namespace nd {

QJsonObject orbitDiagramToJson(const OrbitDiagramSettings& s, const Model& model);
bool orbitDiagramFromJson(FieldReader& r, const Model& model, OrbitDiagramSettings& s);

QJsonObject fixedPointsToJson(const FixedPointSettings& s);
bool fixedPointsFromJson(FieldReader& r, const Model& model, FixedPointSettings& s);
QJsonObject lyapunovToJson(const LyapunovSettings& s);
bool lyapunovFromJson(FieldReader& r, const Model& model, LyapunovSettings& s);
QJsonObject basinsToJson(const BasinSettings& s);
bool basinsFromJson(FieldReader& r, const Model& model, BasinSettings& s);

QJsonObject scanToJson(const ScanSettings& s);
bool scanFromJson(FieldReader& r, const Model& model, ScanSettings& s);

QJsonObject zeroOneToJson(const ZeroOneSettings& s);
bool zeroOneFromJson(FieldReader& r, const Model& model, ZeroOneSettings& s);
QJsonObject sampleEntropyToJson(const SampleEntropySettings& s);
bool sampleEntropyFromJson(FieldReader& r, const Model& model, SampleEntropySettings& s);
QJsonObject synchronyToJson(const SynchronySettings& s);
bool synchronyFromJson(FieldReader& r, const Model& model, SynchronySettings& s);
QJsonObject mfdfaToJson(const MfdfaSettings& s);
bool mfdfaFromJson(FieldReader& r, const Model& model, MfdfaSettings& s);
QJsonObject networkSpectrumToJson(const NetworkSpectrumSettings& s);
bool networkSpectrumFromJson(FieldReader& r, const Model& model, NetworkSpectrumSettings& s);

QJsonObject continuationToJson(const ContinuationSettings& s);
bool continuationFromJson(FieldReader& r, const Model& model, ContinuationSettings& s);

// Shared checks: a box of either no bounds or one lower and upper bound per state variable,
// lower <= upper; a q grid of distinct values.
bool readBox(FieldReader& r, const char* minKey, const char* maxKey, const Model& model,
             std::vector<double>& lo, std::vector<double>& hi);
bool readQGrid(FieldReader& r, const char* key, std::vector<double>& q);

} // namespace nd
