// Keeps a widget's fixed texts (plot titles, axis titles, tooltips set once in a constructor) in
// the current language: retranslateWith(widget, apply) calls apply now and again whenever the
// widget receives QEvent::LanguageChange (a translator installed or removed), before the
// widget's own changeEvent and before its children. apply calls the owning class's tr(), so
// lupdate files the texts under that class. GUI thread only.
#pragma once

#include <functional>

class QWidget;

namespace nd {

void retranslateWith(QWidget* widget, std::function<void()> apply);

} // namespace nd
