package dev.shortlist.query.system;

/**
 * A resource that does not exist for the caller's organization. Another organization's resource is
 * reported with exactly this exception, so the answer does not reveal that it exists.
 */
public final class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " was not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
