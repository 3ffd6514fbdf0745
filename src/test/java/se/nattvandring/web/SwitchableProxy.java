package se.nattvandring.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between the browser and the app that can be cut, as a tunnel cuts a phone's network or a crash
 * stops the server. While it is down every connection is closed at once, for the page and its service worker alike,
 * which DevTools' offline switch does not promise. The browser keeps one origin, so cookies, IndexedDB and the
 * worker's caches stay.
 */
final class SwitchableProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean up = true;

	SwitchableProxy(int target) {
		this.target = target;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "switchable-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Cuts every open connection and answers no new one until {@link #up()}. */
	void down() {
		up = false;
		open.forEach(SwitchableProxy::closeQuietly);
		open.clear();
	}

	void up() {
		up = true;
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (!up) {
					closeQuietly(client);
					continue;
				}
				Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
				open.add(client);
				open.add(app);
				pipe(client, app);
				pipe(app, client);
			}
			catch (IOException closed) {
				// The server socket closed, or the app refused: the browser sees a network error.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException cut) {
				// One side went away; the other is closed below.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		}, "switchable-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// Closing is all that is wanted.
		}
	}

	@Override
	public void close() {
		down();
		try {
			server.close();
		}
		catch (IOException ignored) {
			// Nothing left to do.
		}
	}
}
