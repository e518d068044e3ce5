#pragma once

// The kinds of file or pasted text Latchkey can import.
enum class ImportFormat {
    Unknown,
    Curl, // a curl command line
    PostmanCollection, // Postman collection v2.0 or v2.1
    PostmanEnvironment, // Postman environment (or globals)
    Har, // HTTP Archive 1.2, as browsers' developer tools save it
};
