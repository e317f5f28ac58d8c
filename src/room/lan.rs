//! Where the room listens by default: the laptop's address on the local
//! network, at a fixed port or the next free one.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

/// The port the room tries first.
pub const PORT: u16 = 8686;

/// How many ports after `PORT` are tried when it is taken.
const PORTS_TRIED: u16 = 20;

/// The laptop's address on the local network: the one its traffic would leave
/// from. Asking costs nothing on the wire (a UDP "connect" sends no packet);
/// with no network, the loopback address.
pub fn address() -> IpAddr {
    let local = || {
        let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
        // A documentation address (TEST-NET-1): nothing is ever sent there.
        socket.connect((Ipv4Addr::new(192, 0, 2, 1), 80)).ok()?;
        Some(socket.local_addr().ok()?.ip())
    };
    local()
        .filter(|ip| !ip.is_unspecified())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// Where to try to listen, in order, when no `--bind` is given.
pub fn default_binds() -> impl Iterator<Item = SocketAddr> {
    let ip = address();
    (PORT..PORT + PORTS_TRIED).map(move |port| SocketAddr::new(ip, port))
}
