// The surrogate significance of a series measure in the GUI: the settings-bar controls of a
// section's optional "significance" object (on/off, surrogate kind, count, seed, tail and, where
// the measure has several, the scalar), shown only while it is on, and the box that puts a
// NullHistogramView under the measure's own view. The computation itself is app/compute's (the
// measure's job runs the surrogates after the measure, with its progress and cancel).
// GUI thread only.
#pragma once

#include "gui/settingsbar.h"
#include "plots/nullhistogramview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <climits>
#include <functional>

namespace nd {

// The texts of these controls, under the translation context "SignificanceControls".
struct SignificanceText {
    Q_DECLARE_TR_FUNCTIONS(SignificanceControls)
};

// `prefix` is the section's field path ("zero_one"); `scalars` the measure's scalar keys, the
// default first (as the study reader lists them); `scalarLabels` what the box shows for them, in
// the reader's language (the keys themselves when empty).
template <class T>
void addSignificanceControls(SettingsBar* bar, const SectionRef<T>& sec, const QString& prefix,
                             const QStringList& scalars, const QStringList& scalarLabels = {})
{
    const auto get = [sec](const Study& s) {
        return sec.get(s).significance.value_or(SignificanceSettings{});
    };
    const auto has = [sec](const Study& s) { return sec.get(s).significance.has_value(); };
    const auto edit = [sec](Study& s, const std::function<void(SignificanceSettings&)>& f) {
        auto& g = sec.edit(s).significance;
        if (g)
            f(*g);
    };
    const std::string first = scalars.value(0).toStdString();
    bar->addCheck(
        SignificanceText::tr("Surrogates"),
        SignificanceText::tr("Also test the measure's value against surrogates of the series: the null "
                             "histogram with the observed value and the p-value (docs/significance.md)"),
        prefix + QStringLiteral(".significance"), {has, [sec, first](Study& s, bool on) {
                                                       auto& g = sec.edit(s).significance;
                                                       if (!on)
                                                           g.reset();
                                                       else if (!g) {
                                                           g.emplace();
                                                           g->scalar = first;
                                                       }
                                                   }});
    // In the order of SurrogateKind.
    bar->showWhen(
        bar->addChoice(
            SignificanceText::tr("Kind:"),
            SignificanceText::tr("shuffle keeps the values; ft the spectrum; aaft and iaaft both (iaaft the "
                                 "spectrum more closely): each tests the structure it destroys"),
            prefix + QStringLiteral(".significance.surrogates"),
            {QStringLiteral("shuffle"), QStringLiteral("ft"), QStringLiteral("aaft"),
             QStringLiteral("iaaft")},
            {[get](const Study& s) { return static_cast<int>(get(s).surrogates.kind); },
             [edit](Study& s, int v) {
                 edit(s, [&](SignificanceSettings& g) { g.surrogates.kind = static_cast<SurrogateKind>(v); });
             }}),
        has);
    bar->showWhen(
        bar->addInt(SignificanceText::tr("Count:"),
                    SignificanceText::tr("Number of surrogates (199 allows p down to 0.005 on one tail)"),
                    prefix + QStringLiteral(".significance.count"), 1, 1000000,
                    {[get](const Study& s) { return static_cast<int>(get(s).count); },
                     [edit](Study& s, int v) {
                         edit(s, [&](SignificanceSettings& g) { g.count = static_cast<std::size_t>(v); });
                     }}),
        has);
    bar->showWhen(bar->addInt(SignificanceText::tr("Seed:"),
                              SignificanceText::tr("Seed of the surrogates (the same seed, the same set)"),
                              prefix + QStringLiteral(".significance.seed"), 0, INT_MAX,
                              {[get](const Study& s) { return static_cast<int>(get(s).surrogates.seed); },
                               [edit](Study& s, int v) {
                                   edit(s, [&](SignificanceSettings& g) {
                                       g.surrogates.seed = static_cast<std::uint64_t>(v);
                                   });
                               }}),
                  has);
    // In the order of Tail.
    bar->showWhen(
        bar->addChoice(
            SignificanceText::tr("Tail:"),
            SignificanceText::tr("greater: is the value unusually large; less: unusually small; two-sided: "
                                 "either (choose before looking)"),
            prefix + QStringLiteral(".significance.tail"),
            {QStringLiteral("greater"), QStringLiteral("less"), QStringLiteral("two-sided")},
            {[get](const Study& s) { return static_cast<int>(get(s).tail); },
             [edit](Study& s, int v) {
                 edit(s, [&](SignificanceSettings& g) { g.tail = static_cast<Tail>(v); });
             }}),
        has);
    if (scalars.size() > 1)
        bar->showWhen(
            bar->addChoice(
                SignificanceText::tr("Scalar:"), SignificanceText::tr("Which value of the measure is tested"),
                prefix + QStringLiteral(".significance.scalar"),
                scalarLabels.size() == scalars.size() ? scalarLabels : scalars,
                {[get, scalars](const Study& s) {
                     return std::max(
                         0, static_cast<int>(scalars.indexOf(QString::fromStdString(get(s).scalar))));
                 },
                 [edit, scalars](Study& s, int v) {
                     edit(s, [&](SignificanceSettings& g) { g.scalar = scalars.value(v).toStdString(); });
                 }}),
            has);
}

// A box with the measure's view over its null histogram (hidden until a result has one).
inline QWidget* viewWithNullHistogram(QWidget* view, NullHistogramView* histogram)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 3);
    layout->addWidget(histogram, 1);
    histogram->setMinimumHeight(160);
    histogram->hide();
    return box;
}

// Shows the computation's significance on the histogram, or hides it when there is none.
template <class C> void showSignificance(NullHistogramView* histogram, const C& computed)
{
    if (!computed.significance) {
        histogram->setMessage({});
        histogram->hide();
        return;
    }
    const auto& s = *computed.significance;
    histogram->setSignificance(s.result, s.options, QString::fromStdString(s.settings.scalar));
    histogram->show();
}

} // namespace nd
