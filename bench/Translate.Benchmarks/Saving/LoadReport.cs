using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Benchmarks.Saving;

/// <summary>
/// <c>load-report</c>: the cost of one action as a release grows, and a busy team saving at once, through the
/// application services the web app calls, on a fresh SQLite file. Prints one translator's saves at 200 / 2,000 /
/// 5,000 segments (p50, p95, allocation per save; the larger sizes as ratios of the 200-segment figure of the same
/// run), starting translation and assigning a whole language, then 10 / 25 / 50 translators saving distinct segments
/// at once on a 2,000-segment release (p50, p95, saves per second), each run audited from the database for lost
/// updates, and the same segment saved from several tabs at once (conflicts only, versions contiguous).
/// Exits 1 when an update is lost, a save meets "database is locked" or fails otherwise, or a race breaks its
/// invariant; timings are reported against the targets, not gated: a shared machine's timing is not a result.
/// <c>--short</c> runs a small version of each part, as CI does, so the report cannot break unseen.
/// </summary>
internal static class LoadReport
{
    public const string Argument = "load-report";
    public const string ShortOption = "--short";

    public static async Task<int> RunAsync(TextWriter output, bool quick)
    {
        int[] sizes = quick ? [200, 2_000] : [200, 2_000, 5_000];
        int[] teams = quick ? [10] : [10, 25, 50];
        var savesEach = quick ? 5 : 20;
        var singleSaves = quick ? 30 : 150;
        var failures = new List<string>();

        output.WriteLine($"load-report{(quick ? " (short)" : string.Empty)}: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite {SqliteVersion()}");
        await using var desk = await LoadDesk.OpenAsync(teams.Max());

        output.WriteLine();
        output.WriteLine("| segments | start translation | assign a language | one save p50 | p95 | p95 against 200 | allocated per save |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        // A first pass, not reported, so the JIT's tiers have settled before the 200-segment baseline is taken.
        await SingleTranslatorAsync(desk, sizes[0], singleSaves);
        double? baseline = null;
        foreach (var size in sizes)
        {
            var single = await SingleTranslatorAsync(desk, size, singleSaves);
            baseline ??= single.Saves.P95;
            output.WriteLine($"| {single.Segments:N0} | {Ms(single.Start)} | {Ms(single.Assign)} | {Ms(single.Saves.P50)} | {Ms(single.Saves.P95)} | " +
                $"{single.Saves.P95 / baseline.Value:0.00}× | {single.AllocatedPerSave / 1024.0:N0} KB |");
        }

        output.WriteLine();
        output.WriteLine("| translators at once (2,000 segments) | saves | p50 | p95 | max | saves/s | lost updates | locked | other failures |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var team in teams)
        {
            var run = await TeamAsync(desk, 2_000, team, savesEach);
            output.WriteLine($"| {team} | {run.Saves.Count} | {Ms(run.Saves.P50)} | {Ms(run.Saves.P95)} | {Ms(run.Saves.Max)} | {run.Saves.Count / run.Wall.TotalSeconds:N0} | " +
                $"{run.Lost} | {run.Locked} | {run.Failed} |");
            if (run.Lost + run.Locked + run.Failed > 0)
            {
                failures.Add($"{team} translators: {run.Lost} lost, {run.Locked} locked, {run.Failed} failed ({run.FirstFailure})");
            }
        }

        var race = await SameSegmentAsync(desk, rounds: quick ? 3 : 10, tabs: 5);
        output.WriteLine();
        output.WriteLine($"Same segment from {race.Tabs} tabs at once, {race.Rounds} rounds: {race.Won} saved, {race.Conflicts} conflicts, " +
            $"{race.Other} other outcomes; stored version {race.FinalVersion}, {race.Revisions} revisions.");
        if (race.Won != race.Rounds || race.Conflicts != race.Rounds * (race.Tabs - 1) || race.Other > 0
            || race.FinalVersion != race.Rounds || race.Revisions != race.Rounds)
        {
            failures.Add("the same-segment race broke its invariant (one save per round, the others conflicts, versions contiguous)");
        }

        output.WriteLine();
        output.WriteLine("| segments | submit a language | approve it | send one segment back |");
        output.WriteLine("| ---: | ---: | ---: | ---: |");
        // Last: from here on the memory fills every segment of a new release.
        await desk.RememberSampleAsync();
        foreach (var size in sizes)
        {
            var review = await ReviewAsync(desk, size);
            output.WriteLine($"| {size:N0} | {Ms(review.Submit)} | {Ms(review.Approve)} | {Ms(review.SendBack)} |");
        }


        foreach (var failure in failures)
        {
            output.WriteLine($"FAILED: {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>A release of <paramref name="size"/> segments started and assigned, then one translator saving segment after segment.</summary>
    private static async Task<(int Segments, TimeSpan Start, TimeSpan Assign, Latencies Saves, double AllocatedPerSave)> SingleTranslatorAsync(
        LoadDesk desk, int size, int saves)
    {
        var id = await desk.CreateDraftAsync(size);
        var timer = Stopwatch.StartNew();
        await desk.Releases.StartTranslationAsync(LoadDesk.Editor.Id, id);
        var start = timer.Elapsed;
        var translator = LoadDesk.Translator(0);
        var language = translator.WorkingLanguages.Single();
        timer.Restart();
        await desk.Assignments.AssignAllAsync(LoadDesk.Editor.Id, id, language, translator.Id);
        var assign = timer.Elapsed;

        var segments = await desk.SegmentsAsync(id);
        const int warmUp = 10;
        for (var i = 0; i < warmUp; i++)
        {
            await SaveAsync(desk, translator, id, segments[i], language, i);
        }

        var latencies = new List<double>();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = warmUp; i < warmUp + saves; i++)
        {
            // Spread over the release, as a translator moves through it.
            var segment = segments[warmUp + (int)((long)(i - warmUp) * (segments.Count - warmUp) / saves)];
            timer.Restart();
            await SaveAsync(desk, translator, id, segment, language, i);
            latencies.Add(timer.Elapsed.TotalMilliseconds);
        }

        var perSave = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)saves;
        return (segments.Count, start, assign, new Latencies(latencies), perSave);
    }

    /// <summary>
    /// A release whose every segment the memory fills when translation starts: its translator submits French, an
    /// editor approves it (the approved pairs entering the memory), then sends one segment back.
    /// </summary>
    private static async Task<(TimeSpan Submit, TimeSpan Approve, TimeSpan SendBack)> ReviewAsync(LoadDesk desk, int size)
    {
        var id = await desk.CreateDraftAsync(size);
        await desk.Releases.StartTranslationAsync(LoadDesk.Editor.Id, id);
        var translator = LoadDesk.Translator(0);
        var language = translator.WorkingLanguages.Single();
        await desk.Assignments.AssignAllAsync(LoadDesk.Editor.Id, id, language, translator.Id);
        var review = desk.Get<ReviewService>();

        var timer = Stopwatch.StartNew();
        await review.SubmitAsync(translator.Id, id, language);
        var submit = timer.Elapsed;
        timer.Restart();
        await review.ApproveAsync(LoadDesk.Editor.Id, id, language);
        var approve = timer.Elapsed;
        var segment = (await desk.SegmentsAsync(id))[size / 2];
        timer.Restart();
        await review.RequestChangesAsync(LoadDesk.Editor.Id, id, language, [new SegmentComment(segment, "Check the date.")]);
        return (submit, approve, timer.Elapsed);
    }

    /// <summary>
    /// <paramref name="team"/> translators, each language split among its own, each saving <paramref name="savesEach"/>
    /// of their segments one after the other, all at once; then every saved translation read back.
    /// </summary>
    private static async Task<(Latencies Saves, TimeSpan Wall, int Lost, int Locked, int Failed, string? FirstFailure)> TeamAsync(
        LoadDesk desk, int size, int team, int savesEach)
    {
        var id = await desk.CreateDraftAsync(size);
        await desk.Releases.StartTranslationAsync(LoadDesk.Editor.Id, id);
        var translators = Enumerable.Range(0, team).Select(LoadDesk.Translator).ToList();
        foreach (var group in translators.GroupBy(t => t.WorkingLanguages.Single()))
        {
            await desk.Assignments.SplitAsync(LoadDesk.Editor.Id, id, group.Key, [.. group.Select(t => t.Id)]);
        }

        var work = new Dictionary<Actor, List<Guid>>();
        await using (var db = desk.NewContext())
        {
            foreach (var translator in translators)
            {
                var language = translator.WorkingLanguages.Single();
                work[translator] = await db.Translations
                    .Where(t => t.ReleaseId == id && t.Language == language && t.AssigneeId == translator.Id)
                    .OrderBy(t => t.Segment.Number).Select(t => t.SegmentId).Take(savesEach).ToListAsync();
            }
        }

        var latencies = new List<double>();
        int locked = 0, failed = 0;
        string? firstFailure = null;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(translators.Select(translator => Task.Run(async () =>
        {
            var number = 0;
            foreach (var segment in work[translator])
            {
                var timer = Stopwatch.StartNew();
                try
                {
                    await SaveAsync(desk, translator, id, segment, translator.WorkingLanguages.Single(), number++);
                    lock (latencies)
                    {
                        latencies.Add(timer.Elapsed.TotalMilliseconds);
                    }
                }
                catch (Exception e) when (e is SqliteException { SqliteErrorCode: 5 or 6 } || e.InnerException is SqliteException { SqliteErrorCode: 5 or 6 })
                {
                    Interlocked.Increment(ref locked);
                    firstFailure ??= e.Message;
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref failed);
                    firstFailure ??= $"{e.GetType().Name}: {e.Message}";
                }
            }
        })));
        wall.Stop();

        var lost = 0;
        await using (var db = desk.NewContext())
        {
            var stored = await db.Translations.Where(t => t.ReleaseId == id && t.Version > 0)
                .Select(t => new { t.SegmentId, t.AssigneeId, t.Text, t.Version, Revisions = db.Revisions.Count(r => r.TranslationId == t.Id) })
                .ToDictionaryAsync(t => (t.SegmentId, t.AssigneeId));
            foreach (var (translator, segments) in work)
            {
                for (var i = 0; i < segments.Count; i++)
                {
                    var ok = stored.TryGetValue((segments[i], translator.Id), out var row)
                             && row.Text == TextOf(translator, i) && row.Version == 1 && row.Revisions == 1;
                    lost += ok ? 0 : 1;
                }
            }
        }

        return (new Latencies(latencies), wall.Elapsed, lost - locked - failed, locked, failed, firstFailure);
    }

    /// <summary>One translator saving one segment from several tabs at once, each based on the version the round began with.</summary>
    private static async Task<(int Rounds, int Tabs, int Won, int Conflicts, int Other, int FinalVersion, int Revisions)> SameSegmentAsync(
        LoadDesk desk, int rounds, int tabs)
    {
        var id = await desk.CreateDraftAsync(200);
        await desk.Releases.StartTranslationAsync(LoadDesk.Editor.Id, id);
        var translator = LoadDesk.Translator(1);
        var language = translator.WorkingLanguages.Single();
        await desk.Assignments.AssignAllAsync(LoadDesk.Editor.Id, id, language, translator.Id);
        var segment = (await desk.SegmentsAsync(id))[7];
        int won = 0, conflicts = 0, other = 0;
        for (var round = 0; round < rounds; round++)
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, tabs).Select(tab => Task.Run(async () =>
            {
                try
                {
                    await desk.Translations.SaveAsync(translator.Id, id, segment, language, $"Round {round}, tab {tab}.", round, TranslationState.Translated);
                    return "saved";
                }
                catch (TranslationConflictException)
                {
                    return "conflict";
                }
                catch (Exception)
                {
                    return "other";
                }
            })));
            won += outcomes.Count(o => o == "saved");
            conflicts += outcomes.Count(o => o == "conflict");
            other += outcomes.Count(o => o == "other");
        }

        await using var db = desk.NewContext();
        var stored = await db.Translations.SingleAsync(t => t.SegmentId == segment && t.Language == language);
        var revisions = await db.Revisions.CountAsync(r => r.TranslationId == stored.Id);
        return (rounds, tabs, won, conflicts, other, stored.Version, revisions);
    }

    private static Task<Application.Editing.SavedTranslation> SaveAsync(LoadDesk desk, Actor translator, Guid releaseId, Guid segmentId, Language language, int number) =>
        desk.Translations.SaveAsync(translator.Id, releaseId, segmentId, language, TextOf(translator, number), 0, TranslationState.Translated);

    private static string TextOf(Actor translator, int number) => $"{translator.Name}, phrase {number + 1}.";

    private static string Ms(TimeSpan span) => Ms(span.TotalMilliseconds);

    private static string Ms(double milliseconds) =>
        milliseconds >= 1_000 ? (milliseconds / 1_000).ToString("0.00 s", CultureInfo.InvariantCulture) : milliseconds.ToString("0.0 ms", CultureInfo.InvariantCulture);

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private sealed class Latencies(List<double> values)
    {
        private readonly double[] _sorted = [.. values.Order()];

        public int Count => _sorted.Length;

        public double P50 => At(0.50);

        public double P95 => At(0.95);

        public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

        private double At(double quantile) => _sorted.Length == 0 ? double.NaN : _sorted[(int)Math.Ceiling(quantile * _sorted.Length) - 1];
    }
}
