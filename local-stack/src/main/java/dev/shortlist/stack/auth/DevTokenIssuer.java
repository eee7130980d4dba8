package dev.shortlist.stack.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues real RS256-signed JWTs for local runs and tests, from a key pair kept in a directory
 * (created on first use). The APIs verify them with the public key
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location=file:<dir>/public.pem});
 * production points the same settings at an OIDC provider instead (Keycloak, ...).
 *
 * <p>Claims: {@code iss}, {@code aud}, {@code sub}, {@code org_id} (the organization) and
 * {@code roles} ({@code viewer}, {@code recruiter}, {@code admin}).
 */
public final class DevTokenIssuer {

    public static final String DEFAULT_ISSUER = "http://127.0.0.1/shortlist-dev-issuer";
    public static final String DEFAULT_AUDIENCE = "shortlist";
    public static final String ORGANIZATION_CLAIM = "org_id";
    public static final String ROLES_CLAIM = "roles";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String keyId;
    private final Path publicKeyPem;

    private DevTokenIssuer(KeyPair keys, Path publicKeyPem) {
        this.keys = keys;
        this.publicKeyPem = publicKeyPem;
        this.keyId = URL.encodeToString(sha256(keys.getPublic().getEncoded())).substring(0, 16);
    }

    /** Loads the key pair from the directory, creating it there when absent. */
    public static DevTokenIssuer inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privatePem = dir.resolve("private.pem");
            Path publicPem = dir.resolve("public.pem");
            if (Files.exists(privatePem) && Files.exists(publicPem)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePem)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPem)));
                return new DevTokenIssuer(new KeyPair(publicKey, privateKey), publicPem);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            writePem(privatePem, "PRIVATE KEY", keys.getPrivate().getEncoded());
            writePem(publicPem, "PUBLIC KEY", keys.getPublic().getEncoded());
            return new DevTokenIssuer(keys, publicPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not create the development key pair", e);
        }
    }

    /** The PEM file holding the public key, for {@code public-key-location}. */
    public Path publicKeyPem() {
        return publicKeyPem;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /** A token for a user of an organization with the given roles, valid for the given time. */
    public String token(String organizationId, List<String> roles, Duration validity) {
        return token(
                Map.of(ORGANIZATION_CLAIM, organizationId, ROLES_CLAIM, roles),
                validity,
                DEFAULT_ISSUER,
                DEFAULT_AUDIENCE);
    }

    /** A token with arbitrary claims, issuer and audience (tests of rejection paths use this). */
    public String token(Map<String, Object> claims, Duration validity, String issuer, String audience) {
        Instant now = Instant.now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", issuer);
        payload.put("aud", audience);
        payload.put("sub", "dev-user");
        payload.put("iat", now.getEpochSecond());
        payload.put("nbf", now.minusSeconds(5).getEpochSecond());
        payload.put("exp", now.plus(validity).getEpochSecond());
        payload.put("jti", UUID.randomUUID().toString());
        payload.putAll(claims);
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT", "kid", keyId);
        try {
            String signingInput = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(JSON.writeValueAsBytes(payload));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    /** Prints a token: {@code DevTokenIssuer <keyDir> <org> <role>[,<role>...] [validityMinutes]}. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DevTokenIssuer <key-dir> <organization> <role[,role...]> [validity-minutes]");
            System.exit(2);
        }
        DevTokenIssuer issuer = inDirectory(Path.of(args[0]));
        Duration validity = Duration.ofMinutes(args.length > 3 ? Long.parseLong(args[3]) : 60);
        System.out.println(issuer.token(args[1], List.of(args[2].split(",")), validity));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static byte[] readPem(Path file) throws IOException {
        String pem = Files.readString(file);
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
