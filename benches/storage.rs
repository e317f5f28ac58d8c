//! Loading, saving and computing the results of a large session. Saving is
//! measured beside a raw write + fsync of the same bytes: the goal is at most
//! about twice that. Checking and loading a very large roster show that both grow
//! in step with the roster, not with its square, and so does exporting it.

mod support;

use std::fs::File;
use std::hint::black_box;
use std::io::Write;

use criterion::BenchmarkId;
use criterion::{Criterion, criterion_group, criterion_main};
use huddle::domain::{Rating, Results, Session};
use huddle::export::{Report, json};
use huddle::storage::{load_session, parse_session, save_session, session_to_ron};

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
    group.bench_function("check (before every save)", |b| {
        b.iter(|| black_box(&session).problems())
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

/// The large session with its roster grown to `people`, every habit scored by each.
fn roster(people: usize) -> Session {
    let mut session = support::large_session();
    let template = session.participants[1].clone();
    session.participants = (0..people)
        .map(|n| huddle::domain::Participant {
            name: format!("Person {n:05}"),
            // Some of a large room stays anonymous, as rooms do.
            anonymous: n % 7 == 0,
            ..template.clone()
        })
        .collect();
    session.rounds.clear();
    session.plan.clear();
    for record in session.benchmark.values_mut() {
        record.scores = session
            .participants
            .iter()
            .enumerate()
            .map(|(n, person)| {
                let current = 1 + (n % 5) as u8;
                let rating = Rating {
                    current: Some(current),
                    target: Some(current.max(3)),
                };
                (person.name.clone(), rating)
            })
            .collect();
    }
    assert!(session.problems().is_empty(), "{:?}", session.problems());
    session
}

/// Doubling the roster should double these times, not quadruple them.
fn rosters(c: &mut Criterion) {
    let mut group = c.benchmark_group("roster");
    group.sample_size(10);
    for people in [4_000, 8_000, 16_000] {
        let session = roster(people);
        let text = session_to_ron(&session).expect("serialises");
        group.bench_with_input(BenchmarkId::new("check", people), &session, |b, s| {
            b.iter(|| s.problems())
        });
        group.bench_with_input(
            BenchmarkId::new("parse and check", people),
            &text,
            |b, t| b.iter(|| parse_session(t, std::path::Path::new("roster.ron")).expect("loads")),
        );
        // Every export starts from the same public report, so one format measures it.
        group.bench_with_input(BenchmarkId::new("export json", people), &session, |b, s| {
            b.iter(|| json(&Report::new(s)).expect("exports"))
        });
    }
    group.finish();
}

criterion_group!(benches, storage, rosters);
criterion_main!(benches);
