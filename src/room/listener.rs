//! The room's listener: at most so many connections at once (more wait in the
//! queue until one closes), and a connection that neither sends nor receives
//! anything for a while is closed, so idle or slow phones cannot hold the room.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use std::net::SocketAddr;

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep, sleep};

/// Connections open at once.
pub const CONNECTIONS: usize = 1024;

/// Connections the system keeps waiting to be accepted. A room's phones
/// connect within the same moment (everyone taps "send" when the facilitator
/// says so); with the standard library's 128, the rest of them were dropped
/// and each such phone waited a whole second before its phone tried again.
const BACKLOG: u32 = 1024;

/// How long a connection may stay silent both ways.
pub const IDLE: Duration = Duration::from_secs(30);

/// Listens at `bind` with room for a whole room's connections at once; inside
/// a runtime.
pub fn bind(bind: SocketAddr) -> io::Result<TcpListener> {
    let socket = match bind {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    // As the standard library's listener does: a restarted room gets its port
    // back at once.
    socket.set_reuseaddr(true)?;
    socket.bind(bind)?;
    socket.listen(BACKLOG)
}

/// The address a phone connects from, for counting its wrong PINs.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl Connected<IncomingStream<'_, Capped<TcpListener>>> for Peer {
    fn connect_info(stream: IncomingStream<'_, Capped<TcpListener>>) -> Self {
        Peer(*stream.remote_addr())
    }
}

/// A listener that caps its connections and closes idle ones.
pub struct Capped<L> {
    inner: L,
    permits: Arc<Semaphore>,
    idle: Duration,
}

impl<L> Capped<L> {
    pub fn new(inner: L, connections: usize, idle: Duration) -> Self {
        Capped {
            inner,
            permits: Arc::new(Semaphore::new(connections)),
            idle,
        }
    }
}

impl<L> Listener for Capped<L>
where
    L: Listener,
    L::Io: Unpin,
{
    type Io = Connection<L::Io>;
    type Addr = L::Addr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        // The semaphore is never closed, so a permit always comes.
        let permit = self.permits.clone().acquire_owned().await.ok();
        let (stream, address) = self.inner.accept().await;
        (Connection::new(stream, self.idle, permit), address)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// One connection: its place among the allowed ones, held until it closes,
/// and the time it may stay silent.
pub struct Connection<S> {
    stream: S,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
    _place: Option<OwnedSemaphorePermit>,
}

impl<S> Connection<S> {
    fn new(stream: S, idle: Duration, place: Option<OwnedSemaphorePermit>) -> Self {
        Connection {
            stream,
            idle,
            deadline: Box::pin(sleep(idle)),
            _place: place,
        }
    }

    /// After progress, the silence counts from now; while waiting, a silence
    /// past the deadline ends the connection.
    fn watch<T>(
        &mut self,
        cx: &mut Context<'_>,
        polled: Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match polled {
            Poll::Ready(result) => {
                let next = Instant::now() + self.idle;
                self.deadline.as_mut().reset(next);
                Poll::Ready(result)
            }
            Poll::Pending => match self.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(io::ErrorKind::TimedOut.into())),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Connection<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.stream).poll_read(cx, buf);
        this.watch(cx, polled)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Connection<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.stream).poll_write(cx, buf);
        this.watch(cx, polled)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, DuplexStream, duplex};
    use tokio::sync::mpsc;

    /// A listener whose connections are in-memory pipes handed over by a test.
    struct Pipes(mpsc::UnboundedReceiver<DuplexStream>);

    impl Listener for Pipes {
        type Io = DuplexStream;
        type Addr = ();

        async fn accept(&mut self) -> (DuplexStream, ()) {
            (self.0.recv().await.unwrap(), ())
        }

        fn local_addr(&self) -> io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_connection_over_the_cap_waits_until_one_closes() {
        let (hand, pipes) = mpsc::unbounded_channel();
        let mut listener = Capped::new(Pipes(pipes), 1, IDLE);
        let (_phone1, server1) = duplex(64);
        let (_phone2, server2) = duplex(64);
        hand.send(server1).unwrap();
        hand.send(server2).unwrap();
        let (first, ()) = listener.accept().await;
        let second = tokio::time::timeout(Duration::from_millis(50), listener.accept()).await;
        assert!(second.is_err(), "the second waits while the first is open");
        drop(first);
        let second = tokio::time::timeout(Duration::from_millis(50), listener.accept()).await;
        assert!(second.is_ok(), "its turn comes once the first closes");
    }

    #[tokio::test]
    async fn a_silent_connection_is_closed() {
        let (_phone, server) = duplex(64);
        let mut connection = Connection::new(server, Duration::from_millis(30), None);
        let mut byte = [0u8; 1];
        let read = connection.read(&mut byte).await;
        assert_eq!(read.unwrap_err().kind(), io::ErrorKind::TimedOut);
    }
}
