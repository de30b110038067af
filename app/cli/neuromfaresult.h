// The files of NeuroMFA over training, written alike by `neurodyn-cli neuromfa` and by
// `neurodyn-cli run` for a study's analyses.neuromfa (so the two write the same bytes for the
// same settings and checkpoints): neuromfa.json (method, settings, layout, per checkpoint the
// means, the spectrum bands and every subnetwork), neuromfa.csv (one row per checkpoint: the
// emergence curve), neuromfa-spectra.csv (step, q, alpha and f(alpha) bands) and
// neuromfa-subnetworks.csv (step, seed, alpha_0 and width of each subnetwork). Main thread.
#pragma once

#include "cli/runplan.h"
#include "network/neuromfaseries.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace nd::cli {

// Every setting that decides the numbers (tiles must agree on these).
QJsonObject neuroMfaSettingsJson(const NeuroMfaSeriesOptions& o);
QJsonObject neuroMfaLayoutJson(const NinLayout& layout);

// What the output states about how it was computed: the settings (with the run's threads and
// scores file), the first seed and the method's name.
struct NeuroMfaStated {
    QJsonObject settings;
    std::uint64_t firstSeed = 0;
    QString method;
};

// The stated settings of a computation: neuroMfaSettingsJson plus threads and, when given, the
// scores file as the user wrote it.
NeuroMfaStated neuroMfaStated(const NeuroMfaSeriesOptions& o, const QString& scores);

QJsonObject neuroMfaResultJson(const NeuroMfaSeriesResult& r, const NeuroMfaStated& stated);
QByteArray neuroMfaEmergenceCsv(const NeuroMfaSeriesResult& r);
QByteArray neuroMfaSpectraCsv(const NeuroMfaSeriesResult& r);
QByteArray neuroMfaSubnetworksCsv(const NeuroMfaSeriesResult& r, std::uint64_t firstSeed);

// `run`: the four files above through the run's sink (the JSON gets the run's provenance and
// the study summary besides) and the figures (relative paths against the study file's folder).
bool writeNeuroMfa(const RunContext& context, QString& error);

} // namespace nd::cli
