# Sources of core/interop (cURL, Postman, HAR), added to latchkey_core.
target_sources(latchkey_core PRIVATE
    interop/CredentialExtractor.cpp interop/CredentialExtractor.h
    interop/CurlExporter.cpp interop/CurlExporter.h
    interop/CurlImporter.cpp interop/CurlImporter.h
    interop/CurlOptions.cpp interop/CurlOptions.h
    interop/DetectedCredential.cpp interop/DetectedCredential.h
    interop/FormatDetector.cpp interop/FormatDetector.h
    interop/HarEntry.cpp interop/HarEntry.h
    interop/HarImporter.cpp interop/HarImporter.h
    interop/ImportApplier.cpp interop/ImportApplier.h
    interop/ImportError.cpp interop/ImportError.h
    interop/ImportFormat.h
    interop/ImportLimits.h
    interop/ImportPlan.cpp interop/ImportPlan.h
    interop/ImportResult.cpp interop/ImportResult.h
    interop/ImportedRequest.cpp interop/ImportedRequest.h
    interop/Importer.cpp interop/Importer.h
    interop/JsonReader.cpp interop/JsonReader.h
    interop/PostmanCollection.cpp interop/PostmanCollection.h
    interop/PosixShellScanner.cpp interop/PosixShellScanner.h
    interop/PostmanEnvironment.cpp interop/PostmanEnvironment.h
    interop/PowerShellScanner.cpp interop/PowerShellScanner.h
    interop/PresetExport.cpp interop/PresetExport.h
    interop/RequestAuth.cpp interop/RequestAuth.h
    interop/ShellScanner.cpp interop/ShellScanner.h
    interop/ShellWords.cpp interop/ShellWords.h
    interop/UrlText.cpp interop/UrlText.h
    interop/WindowsCmdScanner.cpp interop/WindowsCmdScanner.h
)
