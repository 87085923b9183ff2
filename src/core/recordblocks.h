#pragma once

#include "numberrecord.h"
#include "stableblocks.h"

// A load's records: they never move once past the first block, whatever the size of the load.
using RecordBlocks = StableBlocks<NumberRecord>;
