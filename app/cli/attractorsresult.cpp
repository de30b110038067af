#include "cli/attractorsresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/attractorscompute.h"
#include "compute/computecommon.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>

#include <limits>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "AttractorsResult".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AttractorsResult)
};

template <class T> void writeVector(QDataStream& s, const std::vector<T>& v)
{
    s << quint64(v.size());
    for (const T& x : v)
        s << x;
}

// Reads a vector whose length the remaining bytes can hold (a damaged length never allocates
// more than the tile holds).
template <class T> bool readVector(QDataStream& s, std::vector<T>& v)
{
    quint64 n = 0;
    s >> n;
    const qint64 left = s.device()->bytesAvailable();
    if (s.status() != QDataStream::Ok || left < 0 || n > static_cast<quint64>(left) / sizeof(T))
        return false;
    v.resize(static_cast<std::size_t>(n));
    for (T& x : v)
        s >> x;
    return s.status() == QDataStream::Ok;
}

void writeColumn(QDataStream& s, const AttractorColumn& c)
{
    const AttractorResult& r = c.result;
    s << qint32(c.index) << c.parameter << qint32(r.dimension) << qint64(r.stateCount);
    writeVector(s, r.cellSize);
    std::vector<qint32> labels(r.labels.begin(), r.labels.end());
    writeVector(s, labels);
    s << quint64(r.attractors.size());
    for (const Attractor& a : r.attractors) {
        s << qint32(a.id) << qint32(a.kind) << qint32(a.period) << qint32(a.decidedBy) << a.lyapunovDefined
          << a.lyapunov << a.lyapunovSecond;
        writeVector(s, a.orbit);
        writeVector(s, a.boxMin);
        writeVector(s, a.boxMax);
        std::vector<qint64> cells(a.cells.begin(), a.cells.end());
        writeVector(s, cells);
        s << qint64(a.states) << a.fraction << a.fractionError << a.seededOnly;
    }
    s << qint64(r.escaped) << qint64(r.undecided) << r.escapedFraction << r.escapedError << r.undecidedFraction
      << r.undecidedError << r.canceled;
}

// The fewest bytes one attractor takes in a column (its fixed fields and four empty vectors), so
// a lying attractor count is refused before it sizes anything.
constexpr quint64 kMinAttractorBytes = 4 * 4 + 1 + 2 * 8 + 4 * 8 + 8 + 2 * 8 + 1;

// One column as written above, checked against the request: its index, the model's dimension,
// the number of initial states, known classes and outcome labels, sizes that fit the dimension.
// On failure `field` names the first field that is damaged, truncated or out of range.
bool readColumn(QDataStream& s, const AttractorContinuationRequest& request, int dimension, long states,
                AttractorColumn& c, const char*& field)
{
    const auto bad = [&](const char* name) {
        field = name;
        return false;
    };
    AttractorResult& r = c.result;
    qint32 index = 0, dim = 0;
    qint64 count = 0;
    s >> index >> c.parameter >> dim >> count;
    if (s.status() != QDataStream::Ok)
        return bad("column");
    if (index < 0 || index >= request.axis.count)
        return bad("index");
    if (dim != dimension)
        return bad("dimension");
    if (count != states)
        return bad("states");
    c.index = index;
    r.dimension = dim;
    r.stateCount = static_cast<long>(count);
    std::vector<qint32> labels;
    if (!readVector(s, r.cellSize) || r.cellSize.size() != static_cast<std::size_t>(dim))
        return bad("cell_size");
    if (!readVector(s, labels) || labels.size() != static_cast<std::size_t>(states))
        return bad("labels");
    quint64 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok ||
        n > static_cast<quint64>(s.device()->bytesAvailable()) / kMinAttractorBytes)
        return bad("attractors");
    r.labels.assign(labels.begin(), labels.end());
    for (int l : r.labels)
        if (l < kAttractorNotComputed || l >= static_cast<qint64>(n))
            return bad("labels");
    r.attractors.resize(static_cast<std::size_t>(n));
    for (Attractor& a : r.attractors) {
        qint32 id = 0, kind = 0, period = 0, decided = 0;
        s >> id >> kind >> period >> decided >> a.lyapunovDefined >> a.lyapunov >> a.lyapunovSecond;
        if (s.status() != QDataStream::Ok)
            return bad("attractor");
        if (kind < 0 || kind > qint32(AttractorClass::Chaotic))
            return bad("kind");
        if (period < 0)
            return bad("period");
        if (decided < 0 || decided > qint32(ClassDecidedBy::Lyapunov))
            return bad("decided_by");
        a.id = id;
        a.kind = static_cast<AttractorClass>(kind);
        a.period = period;
        a.decidedBy = static_cast<ClassDecidedBy>(decided);
        std::vector<qint64> cells;
        if (!readVector(s, a.orbit) || a.orbit.size() % static_cast<std::size_t>(dim) != 0)
            return bad("orbit");
        if (!readVector(s, a.boxMin) || a.boxMin.size() != static_cast<std::size_t>(dim))
            return bad("box_min");
        if (!readVector(s, a.boxMax) || a.boxMax.size() != static_cast<std::size_t>(dim))
            return bad("box_max");
        if (!readVector(s, cells) || cells.size() % static_cast<std::size_t>(dim) != 0)
            return bad("cells");
        a.cells.assign(cells.begin(), cells.end());
        qint64 reached = 0;
        s >> reached >> a.fraction >> a.fractionError >> a.seededOnly;
        if (s.status() != QDataStream::Ok || reached < 0 || reached > count)
            return bad("attractor_states");
        a.states = static_cast<long>(reached);
    }
    qint64 escaped = 0, undecided = 0;
    s >> escaped >> undecided >> r.escapedFraction >> r.escapedError >> r.undecidedFraction >> r.undecidedError >>
        r.canceled;
    if (s.status() != QDataStream::Ok)
        return bad("outcomes");
    if (escaped < 0 || escaped > count)
        return bad("escaped");
    if (undecided < 0 || escaped + undecided > count)
        return bad("undecided");
    r.escaped = static_cast<long>(escaped);
    r.undecided = static_cast<long>(undecided);
    return true;
}

} // namespace

bool readAttractorsTiles(const Study& study, const std::vector<QByteArray>& tiles,
                         std::vector<AttractorColumn>& columns, QString& error)
{
    const auto model = study.createModel();
    const AttractorContinuationRequest request = compute::inSection(
        "attractors", [&] { return compute::attractorContinuationRequest(study, *model); });
    const long states = compute::inSection("attractors", [&] { return attractorStateCount(request.search); });
    const int count = request.axis.count;
    columns.assign(static_cast<std::size_t>(std::max(count, 0)), {});
    std::vector<bool> seen(columns.size(), false);
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        // Tiles are named by their place in the merge's list (1 = the first file or rank 0).
        const qulonglong tile = t + 1;
        QDataStream s(tiles[t]);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0;
        s >> begin >> end;
        if (s.status() != QDataStream::Ok || begin < 0 || end > count || begin > end)
            return error =
                       Text::tr("attractors tile %1: its columns [%2, %3) are not in the axis of %4 values")
                           .arg(tile)
                           .arg(begin)
                           .arg(end)
                           .arg(count),
                   false;
        for (int c = begin; c < end; ++c) {
            AttractorColumn column;
            const char* field = "index";
            if (!readColumn(s, request, model->dimension(), states, column, field) || column.index != c)
                return error = Text::tr("attractors tile %1, parameter value %2: the field '%3' is damaged, "
                                        "truncated or out of range")
                                   .arg(tile)
                                   .arg(c)
                                   .arg(QLatin1String(field)),
                       false;
            if (seen[static_cast<std::size_t>(c)])
                return error = Text::tr("attractors parameter value %1 appears in two tiles").arg(c), false;
            seen[static_cast<std::size_t>(c)] = true;
            columns[static_cast<std::size_t>(c)] = std::move(column);
        }
        if (!s.atEnd())
            return error = Text::tr("attractors tile %1 has bytes after its last column").arg(tile), false;
    }
    for (int c = 0; c < count; ++c)
        if (!seen[static_cast<std::size_t>(c)])
            return error = Text::tr("attractors parameter value %1 is in no tile").arg(c), false;
    return true;
}

namespace {

QJsonValue nullableNumber(bool defined, double value)
{
    return defined ? jsonNumber(value) : QJsonValue(QJsonValue::Null);
}

// One attractor of one parameter value, under its (global) id.
QJsonObject attractorJson(const Attractor& a, int id)
{
    return QJsonObject{{"id", id},
                       {"class", QLatin1String(attractorClassName(a.kind))},
                       {"period", a.period},
                       {"lyapunov", nullableNumber(a.lyapunovDefined, a.lyapunov)},
                       {"decided_by", a.decidedBy == ClassDecidedBy::Period ? "period" : "lyapunov"},
                       {"fraction", jsonNumber(a.fraction)},
                       {"fraction_error", jsonNumber(a.fractionError)},
                       {"states", static_cast<double>(a.states)},
                       {"seeded_only", a.seededOnly},
                       {"box", QJsonObject{{"min", jsonArray(a.boxMin)}, {"max", jsonArray(a.boxMax)}}}};
}

QJsonObject valueJson(const AttractorResult& r, int index, const QJsonValue& parameter, const std::vector<int>& ids)
{
    QJsonArray list;
    for (std::size_t k = 0; k < r.attractors.size(); ++k)
        list.append(attractorJson(r.attractors[k], k < ids.size() ? ids[k] : r.attractors[k].id));
    return QJsonObject{{"index", index},
                       {"parameter_value", parameter},
                       {"attractors", list},
                       {"cell_size", jsonArray(r.cellSize)},
                       {"escaped_fraction", jsonNumber(r.escapedFraction)},
                       {"escaped_error", jsonNumber(r.escapedError)},
                       {"undecided_fraction", jsonNumber(r.undecidedFraction)},
                       {"undecided_error", jsonNumber(r.undecidedError)}};
}

void csvRows(QByteArray& csv, const QByteArray& parameter, int index, const AttractorResult& r,
             const std::vector<int>& ids)
{
    const QByteArray head = QByteArray::number(index) + ',' + parameter + ',';
    for (std::size_t k = 0; k < r.attractors.size(); ++k) {
        const Attractor& a = r.attractors[k];
        csv += head + QByteArray::number(k < ids.size() ? ids[k] : a.id) + ',' + attractorClassName(a.kind) + ',' +
               QByteArray::number(a.period) + ',' + (a.lyapunovDefined ? csvNumber(a.lyapunov) : QByteArray()) +
               ',' + csvNumber(a.fraction) + ',' + csvNumber(a.fractionError) + '\n';
    }
    csv += head + "-2,undecided,0,," + csvNumber(r.undecidedFraction) + ',' + csvNumber(r.undecidedError) + '\n';
    csv += head + "-1,escaped,0,," + csvNumber(r.escapedFraction) + ',' + csvNumber(r.escapedError) + '\n';
}

// Along a parameter: attractors-orbits.csv (parameter, id, value), the data of the orbit diagram
// coloured by attractor (attractors-orbits.png).
bool writeOrbits(const RunContext& context, const compute::AttractorsComputation& c, QString& error)
{
    const Study& study = context.plan.study;
    const auto model = study.createModel();
    const int variable = compute::attractorDiagramVariable(study, *model);
    constexpr int kPoints = 200;
    QByteArray csv = csvLine({"parameter", "id", "value"});
    for (const compute::AttractorOrbitSample& p :
         compute::attractorOrbitSamples(c, *model, variable, kPoints))
        csv += csvNumber(p.parameter) + ',' + QByteArray::number(p.id) + ',' + csvNumber(p.value) + '\n';
    QJsonObject twin = twinFor(study, QStringLiteral("attractors"));
    twin.insert(QStringLiteral("parameter"),
                QString::fromStdString(study.analyses.attractors->along->parameter));
    twin.insert(QStringLiteral("variable"),
                QString::fromStdString(model->variableNames()[static_cast<std::size_t>(variable)]));
    twin.insert(QStringLiteral("points_per_attractor"), kPoints);
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("the orbit diagram coloured by attractor: per parameter value and attractor (global "
                       "id, as in attractors.csv), the variable's value at the first states of its "
                       "representative orbit (consecutive states, at most points_per_attractor); the "
                       "variable is the study's orbit diagram's when it plots a state variable, else "
                       "the grid's x variable, else the first; an oscillator's angle is wrapped to "
                       "(-pi, pi]"));
    return writeResult(context, QStringLiteral("attractors-orbits"), csv, twin, error);
}

} // namespace

bool attractorsTiled(const Study& study)
{
    return study.analyses.attractors && study.analyses.attractors->along;
}

QByteArray computeAttractorsTile(const RunPlan& plan, int i, int n, Progress* progress)
{
    int begin = 0, end = 0;
    tileColumns(i, n, plan.study.analyses.attractors->along->count, begin, end);
    const std::vector<AttractorColumn> columns =
        compute::attractorColumns(plan.study, begin, end, plan.threads, progress);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << qint32(begin) << qint32(end);
    for (const AttractorColumn& c : columns)
        writeColumn(s, c);
    return bytes;
}

bool writeAttractors(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    compute::AttractorsComputation c;
    if (context.tiles.empty() || !attractorsTiled(study)) {
        c = compute::attractors(study, context.plan.threads, context.progress);
    } else {
        std::vector<QByteArray> parts;
        std::vector<AttractorColumn> columns;
        if (!tilePayloads(context.tiles, QStringLiteral("attractors"), parts, error) ||
            !readAttractorsTiles(study, parts, columns, error))
            return false;
        c = compute::assembleAttractors(study, std::move(columns), context.plan.threads, context.progress);
    }
    const AttractorSettings& s = *study.analyses.attractors;
    QByteArray csv = csvLine({"index", "parameter", "id", "class", "period", "lyapunov", "fraction",
                              "fraction_error"});
    QJsonArray values, attractors;
    if (c.along) {
        const AttractorContinuation& k = c.continuation;
        for (std::size_t col = 0; col < k.columns.size(); ++col) {
            const std::vector<int> ids = col < k.globalIds.size() ? k.globalIds[col] : std::vector<int>();
            const double p = col < k.parameterValues.size() ? k.parameterValues[col] : 0.0;
            values.append(valueJson(k.columns[col], static_cast<int>(col), jsonNumber(p), ids));
            csvRows(csv, csvNumber(p), static_cast<int>(col), k.columns[col], ids);
        }
        for (const ContinuedAttractor& a : k.attractors)
            attractors.append(QJsonObject{{"id", a.id},
                                          {"exists_from", jsonNumber(a.existsFrom)},
                                          {"exists_to", jsonNumber(a.existsTo)},
                                          {"birth_bracket", QJsonArray{jsonNumber(a.fromLow), jsonNumber(a.existsFrom)}},
                                          {"death_bracket", QJsonArray{jsonNumber(a.existsTo), jsonNumber(a.toHigh)}},
                                          {"first_index", a.firstColumn},
                                          {"last_index", a.lastColumn}});
    } else {
        values.append(valueJson(c.result, 0, QJsonValue(QJsonValue::Null), {}));
        csvRows(csv, QByteArray(), 0, c.result, {});
        for (const Attractor& a : c.result.attractors)
            attractors.append(QJsonObject{{"id", a.id},
                                          {"exists_from", QJsonValue(QJsonValue::Null)},
                                          {"exists_to", QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject twin = twinFor(study, QStringLiteral("attractors"));
    twin.insert(QStringLiteral("parameter"), s.along ? QJsonValue(QString::fromStdString(s.along->parameter))
                                                     : QJsonValue(QJsonValue::Null));
    twin.insert(QStringLiteral("values"), values);
    twin.insert(QStringLiteral("attractors"), attractors);
    twin.insert(QStringLiteral("canceled"), c.canceled);
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("attractors found by recurrences in a discretised state space from every initial state "
                       "(docs/attractors.md); per parameter value, each attractor's id (global across the "
                       "values when followed along a parameter), class (fixed point, periodic with its period, "
                       "quasi-periodic, chaotic), largest Lyapunov exponent along its representative orbit "
                       "(null when not computed), basin fraction over the initial states with its standard "
                       "error sqrt(p (1 - p) / n) and the bounding box of its representative orbit; "
                       "exists_from and exists_to bound the parameter interval where it exists, refined by "
                       "bisection to the tolerance (null without a parameter axis); in the CSV, id -1 is "
                       "escape and -2 undecided"));
    return writeResult(context, QStringLiteral("attractors"), csv, twin, error) &&
           (!c.along || writeOrbits(context, c, error)) && writeFigures(context, c, error);
}

} // namespace nd::cli
