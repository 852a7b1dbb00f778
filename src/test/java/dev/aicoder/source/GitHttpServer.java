package dev.aicoder.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local git server speaking the smart HTTP protocol (stateless RPC, as GitHub does) over one repository, with
 * JGit's own {@link UploadPack}: enough for a real shallow clone. Optional basic auth with one token.
 */
final class GitHttpServer implements AutoCloseable {

    final CopyOnWriteArrayList<String> authorizations = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Repository repo;
    private final String token;

    GitHttpServer(Repository repo, String token) throws IOException {
        this.repo = repo;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            if (token != null && !("Basic " + Base64.getEncoder().encodeToString(("x-access-token:" + token)
                    .getBytes(StandardCharsets.UTF_8))).equals(auth)) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.endsWith("/info/refs")) {
                ex.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-advertisement");
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                PacketLineOut pkt = new PacketLineOut(out);
                pkt.writeString("# service=git-upload-pack\n");
                pkt.end();
                UploadPack up = new UploadPack(repo);
                up.setBiDirectionalPipe(false);
                up.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(pkt));
                out.flush();
            } else if (path.endsWith("/git-upload-pack")) {
                InputStream in = ex.getRequestBody();
                if ("gzip".equals(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                ex.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-result");
                ex.sendResponseHeaders(200, 0);
                UploadPack up = new UploadPack(repo);
                up.setBiDirectionalPipe(false);
                up.upload(in, ex.getResponseBody(), null);
            } else {
                ex.sendResponseHeaders(404, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
