#pragma once

#include <string_view>

// Spreadsheets evaluate a cell that starts with = + - @ (and, in some, TAB or CR) as a formula, so text
// from a server that is exported or pasted could run one. Such a cell gets a leading apostrophe ('),
// which makes the spreadsheet show it as text. A plain E.164 number ("+" and digits only) cannot hold a
// formula and is left as it is: it must read back as "+18333998785". The CSV export and the clipboard
// use this one rule.
bool needsFormulaGuard(std::string_view cell);
