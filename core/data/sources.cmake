# Sources of core/data for tables (JSON flattening, CSV, filtering), added to latchkey_core.
target_sources(latchkey_core PRIVATE
    data/JsonLineLexer.cpp data/JsonLineLexer.h
    data/JsonTreeModel.cpp data/JsonTreeModel.h
    data/JsonValueFlattener.cpp data/JsonValueFlattener.h
    data/LineIndex.cpp data/LineIndex.h
    data/CsvWriter.cpp data/CsvWriter.h
    data/JsonExport.cpp data/JsonExport.h
    data/JsonRowReader.cpp data/JsonRowReader.h
    data/JsonTable.cpp data/JsonTable.h
    data/JsonTableBuilder.cpp data/JsonTableBuilder.h
    data/JsonTableModel.cpp data/JsonTableModel.h
    data/TableFilter.cpp data/TableFilter.h
    data/TableSlice.cpp data/TableSlice.h
    data/TableText.cpp data/TableText.h
    data/TsvCopy.cpp data/TsvCopy.h
)
