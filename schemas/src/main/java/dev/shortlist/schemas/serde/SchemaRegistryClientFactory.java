package dev.shortlist.schemas.serde;

import java.util.List;

/**
 * Makes the registry client for a {@code schema.registry.url} scheme other than HTTP. Found with
 * {@link java.util.ServiceLoader}, so a topology test can plug in an in-memory registry for a URL
 * scheme of its own while every deployed service talks to a real registry over HTTP.
 */
public interface SchemaRegistryClientFactory {

    /** Whether this factory serves {@code url}. */
    boolean accepts(String url);

    SchemaRegistryClient create(List<String> urls, String basicAuthUserInfo);
}
