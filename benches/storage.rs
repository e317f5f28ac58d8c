//! Loading, saving and computing the results of a large session. Saving is
//! measured beside a raw write + fsync of the same bytes: the goal is at most
//! about twice that.

mod support;

use std::fs::File;
use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use huddle::domain::Results;
use huddle::storage::{load_session, save_session, session_to_ron};

fn storage(c: &mut Criterion) {
    let session = support::large_session();
    let dir = tempfile::TempDir::new().expect("a temporary folder");
    let path = dir.path().join("large.ron");
    save_session(&path, &session).expect("the first save");
    let bytes = session_to_ron(&session).expect("serialises").into_bytes();

    let mut group = c.benchmark_group("large session");
    group.bench_function("save (atomic, with backup)", |b| {
        b.iter(|| save_session(&path, black_box(&session)).expect("saves"));
    });
    let raw = dir.path().join("raw.ron");
    group.bench_function("raw write + fsync of the same bytes", |b| {
        b.iter(|| {
            let mut file = File::create(&raw).expect("creates");
            file.write_all(black_box(&bytes)).expect("writes");
            file.sync_all().expect("syncs");
        });
    });
    group.bench_function("serialise to RON", |b| {
        b.iter(|| session_to_ron(black_box(&session)).expect("serialises"))
    });
    group.bench_function("load", |b| {
        b.iter(|| load_session(black_box(&path)).expect("loads"))
    });
    group.bench_function("results", |b| b.iter(|| Results::of(black_box(&session))));
    group.finish();
}

criterion_group!(benches, storage);
criterion_main!(benches);
