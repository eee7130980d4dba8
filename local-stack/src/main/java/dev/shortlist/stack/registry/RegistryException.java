package dev.shortlist.stack.registry;

/**
 * A failure the registry reports to clients, carrying Confluent's HTTP status and error code so
 * that Confluent's clients recognise it (for instance 40401 makes a serializer register a subject).
 */
public final class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    public RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '%s' not found.".formatted(subject));
    }

    static RegistryException versionNotFound(String subject, Object version) {
        return new RegistryException(404, 40402, "Version %s not found for subject '%s'.".formatted(version, subject));
    }

    static RegistryException schemaNotFound(String detail) {
        return new RegistryException(404, 40403, detail);
    }

    static RegistryException subjectLevelConfigNotFound(String subject) {
        return new RegistryException(
                404, 40408, "Subject '%s' does not have subject-level compatibility configured".formatted(subject));
    }

    static RegistryException incompatible(String subject, java.util.List<String> details) {
        return new RegistryException(
                409,
                409,
                "Schema being registered is incompatible with an earlier schema for subject \"%s\", details: %s"
                        .formatted(subject, details));
    }

    static RegistryException invalidSchema(String detail) {
        return new RegistryException(422, 42201, "Invalid schema: " + detail);
    }

    static RegistryException invalidVersion(String version) {
        return new RegistryException(
                422,
                42202,
                "The specified version '%s' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\""
                        .formatted(version));
    }

    static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(
                422,
                42203,
                "Invalid compatibility level. Valid values are none, backward, forward, full, "
                        + "backward_transitive, forward_transitive, and full_transitive: " + level);
    }
}
