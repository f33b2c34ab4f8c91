package eu.guardian.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between Guardian and Keycloak, for the tests only: Guardian reaches Keycloak's Admin REST API
 * (and the token endpoint of its service account) through it, and a test can cut it to make Keycloak unreachable for
 * that one path, exactly as a stopped Keycloak would be ("connection refused"), while every other test keeps signing in
 * through the real Keycloak (docs/accounts.md, "Testing Keycloak outages").
 */
final class LoopbackProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    LoopbackProxy(int targetPort) {
        this.targetPort = targetPort;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() {
        return port;
    }

    /** From now on connections are refused, and those open are closed. */
    synchronized void cut() {
        closeQuietly(listener);
        open.forEach(LoopbackProxy::closeQuietly);
        open.clear();
    }

    /** Relays again, on the same port. */
    synchronized void restore() {
        if (listener.isClosed()) {
            listener = bind(port);
            accept(listener);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the test relay to Keycloak", e);
        }
    }

    private void accept(ServerSocket socket) {
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    // closed by cut(), or Keycloak itself refused: the client sees its connection end
                }
            }
        }, "keycloak-relay-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "keycloak-relay-pipe");
        copier.setDaemon(true);
        copier.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
