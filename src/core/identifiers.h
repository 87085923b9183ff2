#pragma once

#include <QStringView>

// The identifiers Live Platform and Entra use, checked the same way everywhere.

// A GUID as Microsoft writes tenant, directory and client ids: 8-4-4-4-12 hex digits.
bool isGuid(QStringView text);
// A phone number in E.164 form: "+", a country code not starting with 0, up to 15 digits in all.
bool isE164(QStringView text);
