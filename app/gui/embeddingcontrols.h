// The controls of a measure's embedding numbers (RQA's m and tau, permutation entropy's order
// and delay, the entropies' m and lag): a "... from:" choice between the given number and the
// rules (dimension: fnn, cao; delay: ami, acf), and the number's own box, shown only while the
// number is given. One owner for the rule lists, their order (that of DimensionRule and
// DelayRule) and tool tips, so every dock offers the same rules. Main thread.
#pragma once

#include "gui/settingsbar.h"

#include <QSpinBox>

#include "measures/embedding.h"

#include <QCoreApplication>

#include <functional>
#include <type_traits>

namespace nd {

// `rule` binds the section's DimensionRule, `number` the given dimension in [lo, hi].
inline void addDimensionControls(SettingsBar* bar, const QString& field, const QString& label,
                                 const QString& toolTip, int lo, int hi, Binding<int> rule,
                                 Binding<int> number, std::function<bool(const Study&)> given)
{
    bar->addChoice(QCoreApplication::translate("EmbeddingControls", "%1 from:").arg(label),
                   QCoreApplication::translate("EmbeddingControls",
                                               "%1: the number given, or chosen from the series by false "
                                               "nearest neighbours (fnn) or Cao's E1 (cao) at the delay in "
                                               "use, as the embedding dock does; surrogates keep the "
                                               "series' choice")
                       .arg(toolTip),
                   field,
                   {QCoreApplication::translate("EmbeddingControls", "given"), QStringLiteral("fnn"),
                    QStringLiteral("cao")},
                   std::move(rule));
    bar->showWhen(bar->addInt(label + QStringLiteral(":"), toolTip, field, lo, hi, std::move(number)),
                  std::move(given));
}

// `rule` binds the section's DelayRule, `number` the given delay (1 .. 1e6).
inline void addDelayControls(SettingsBar* bar, const QString& field, const QString& label,
                             const QString& toolTip, Binding<int> rule, Binding<int> number,
                             std::function<bool(const Study&)> given)
{
    bar->addChoice(QCoreApplication::translate("EmbeddingControls", "%1 from:").arg(label),
                   QCoreApplication::translate("EmbeddingControls",
                                               "%1: the number given, the first minimum of the average "
                                               "mutual information above its independence level (ami), or "
                                               "the first zero of the autocorrelation (acf); surrogates "
                                               "keep the series' choice")
                       .arg(toolTip),
                   field,
                   {QCoreApplication::translate("EmbeddingControls", "given"), QStringLiteral("ami"),
                    QStringLiteral("acf")},
                   std::move(rule));
    bar->showWhen(bar->addInt(label + QStringLiteral(":"), toolTip, field, 1, 1000000, std::move(number)),
                  std::move(given));
}

// The same for a section whose settings hold `EmbeddingRules rules` (the entropy family).
template <class T>
void addRuledDimension(SettingsBar* bar, const SectionRef<T>& sec, const QString& field, const QString& label,
                       const QString& toolTip, int lo, int hi, std::type_identity_t<int T::*> number)
{
    addDimensionControls(
        bar, field, label, toolTip, lo, hi,
        {[sec](const Study& s) { return static_cast<int>(sec.get(s).rules.dimension); },
         [sec](Study& s, int v) { sec.edit(s).rules.dimension = static_cast<DimensionRule>(v); }},
        {[sec, number](const Study& s) { return sec.get(s).*number; },
         [sec, number](Study& s, int v) { sec.edit(s).*number = v; }},
        [sec](const Study& s) { return sec.get(s).rules.dimension == DimensionRule::Given; });
}

template <class T>
void addRuledDelay(SettingsBar* bar, const SectionRef<T>& sec, const QString& field, const QString& label,
                   const QString& toolTip, std::type_identity_t<int T::*> number)
{
    addDelayControls(bar, field, label, toolTip,
                     {[sec](const Study& s) { return static_cast<int>(sec.get(s).rules.delay); },
                      [sec](Study& s, int v) { sec.edit(s).rules.delay = static_cast<DelayRule>(v); }},
                     {[sec, number](const Study& s) { return sec.get(s).*number; },
                      [sec, number](Study& s, int v) { sec.edit(s).*number = v; }},
                     [sec](const Study& s) { return sec.get(s).rules.delay == DelayRule::Given; });
}

} // namespace nd
