package dev.shortlist.query.system;

/** A request parameter that is well-formed but not acceptable (answered 400). */
public final class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
