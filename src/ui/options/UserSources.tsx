import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/corpus/types';
import type { Answer } from '../popup/answer';
import { t } from '../popup/i18n';
import { hostOf, readableDate, sameSource, type SourceText } from '../popup/source-rules';
import { addInTurn, type AddOutcome } from './add-in-turn';
import { readArticleFile } from './article-file';
import type { OptionsClient } from './client';
import { exportFileName } from './download';
import { readUserCorpusFile } from './user-corpus-file';

type Job = { title: string; total: number; outcomes: AddOutcome[]; running: boolean };
type Note = { kind: 'message' | 'error'; text: string } | null;

/**
 * The articles the reader added as sources: each with Remove; import of saved pages and text
 * files, one by one with progress and a line per file; export of all of them to one file and
 * import of such a file. Every file that cannot go in says why by its name; the others still go in.
 */
export function UserSources(props: { client: OptionsClient; onChanged: () => void; now?: () => Date }) {
  const { client } = props;
  const [articles, setArticles] = useState<Answer<Article[]> | null>(null);
  const [revision, setRevision] = useState(0);
  const [job, setJob] = useState<Job | null>(null);
  const [note, setNote] = useState<Note>(null);

  useEffect(() => {
    let current = true;
    const load = () =>
      void client.ask('corpus-user-articles', {}).then((answer) => {
        if (current) setArticles(answer.ok ? { ok: true, value: answer.value.articles } : answer);
      });
    load();
    // A source added from the popup while this page is open shows when the reader comes back.
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, revision]);

  const changed = () => {
    setRevision((r) => r + 1);
    props.onChanged();
  };
  const known = () => (articles?.ok ? [...articles.value] : []);

  /** Adds one source; `added` collects what this run added, so a file repeated in one batch is caught too. */
  const addOne = async (name: string, source: SourceText, added: Article[]): Promise<AddOutcome> => {
    const existing = sameSource(added, source.meta);
    if (existing) return { name, ok: false, text: t('addDuplicate', existing.label) };
    const answer = await client.ask('corpus-add', source);
    if (!answer.ok) return { name, ok: false, text: t('addRefused', answer.error) };
    added.push(answer.value.article);
    return { name, ok: true, text: t('addDone', answer.value.article.label, answer.value.claims) };
  };

  const run = async (title: string, first: AddOutcome[], steps: Array<{ name: string; run: () => Promise<AddOutcome> }>) => {
    setNote(null);
    const total = first.length + steps.length;
    setJob({ title, total, outcomes: first, running: true });
    const outcomes = await addInTurn(steps, (done) => setJob({ title, total, outcomes: [...first, ...done], running: true }));
    setJob({ title, total, outcomes: [...first, ...outcomes], running: false });
    if (outcomes.some((o) => o.ok)) changed();
  };

  const importFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const added = known();
    await run(
      t('importFilesTitle'),
      [],
      files.map((file) => ({
        name: file.name,
        run: async () => {
          const read = await readArticleFile(file);
          return read.ok ? addOne(file.name, read.source, added) : { name: file.name, ok: false, text: read.reason };
        },
      })),
    );
  };

  const importCorpusFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readUserCorpusFile(await file.text().catch(() => ''));
    if (!read.ok) return setNote({ kind: 'error', text: t('corpusFileRefused', file.name, read.error) });
    const added = known();
    const name = (index: number, source?: SourceText) => {
      const title = source?.meta.title || source?.file;
      return title ? t('recordNameTitled', index, title) : t('recordName', index);
    };
    await run(
      t('importCorpusTitle', file.name),
      read.invalid.map((r) => ({ name: name(r.index), ok: false, text: r.reason })),
      read.sources.map(({ index, source }) => ({ name: name(index, source), run: () => addOne(name(index, source), source, added) })),
    );
  };

  const exportAll = async () => {
    const answer = await client.ask('corpus-export', {});
    if (!answer.ok) return setNote({ kind: 'error', text: t('exportSourcesFailed', answer.error) });
    client.download(exportFileName((props.now ?? (() => new Date()))(), 'sources'), JSON.stringify(answer.value, null, 2));
    setNote({ kind: 'message', text: t('exportedSources', answer.value.articles.length) });
  };

  const remove = async (article: Article) => {
    const answer = await client.ask('corpus-remove', { articleId: article.id });
    if (!answer.ok) return setNote({ kind: 'error', text: t('removeFailed', answer.error) });
    setNote({ kind: 'message', text: t(answer.value.removed ? 'removed' : 'removeGone', article.label) });
    changed();
  };

  const busy = job?.running === true;
  return (
    <>
      <p class="help">{t('sourcesIntro')}</p>
      <div class="toolbar">
        <label class={`button${busy ? ' disabled' : ''}`}>
          {t('importArticles')}
          <input
            type="file"
            multiple
            disabled={busy}
            accept=".txt,.html,.htm,text/plain,text/html"
            class="cc-visually-hidden"
            onChange={(e) => void importFiles(e.currentTarget)}
          />
        </label>
        <button type="button" disabled={busy} onClick={() => void exportAll()}>
          {t('exportSources')}
        </button>
        <label class={`button${busy ? ' disabled' : ''}`}>
          {t('importSourcesFile')}
          <input
            type="file"
            disabled={busy}
            accept=".json,application/json"
            class="cc-visually-hidden"
            onChange={(e) => void importCorpusFile(e.currentTarget)}
          />
        </label>
      </div>
      <p class="help">{t('importArticlesHelp')}</p>
      {note && (
        <p role={note.kind === 'error' ? 'alert' : 'status'} class={note.kind === 'error' ? 'error' : 'outcome'}>
          {note.text}
        </p>
      )}
      {job && <JobReport job={job} />}
      <SourcesTable articles={articles} busy={busy} onRemove={(a) => void remove(a)} />
    </>
  );
}

function JobReport({ job }: { job: Job }) {
  const done = job.outcomes.length;
  const added = job.outcomes.filter((o) => o.ok).length;
  return (
    <div class="outcome import-job" role="status">
      <p>{job.title}</p>
      <progress value={done} max={job.total} aria-label={t('importProgressLabel')}>
        {done} / {job.total}
      </progress>
      <p>{job.running ? t('importProgress', done, job.total) : t('importFinished', added, job.total - added)}</p>
      <ul class="file-results" aria-label={t('importResultsLabel')}>
        {job.outcomes.map((o, i) => (
          <li key={i} class={o.ok ? 'file-ok' : 'file-failed'}>
            <span class="file-name">{o.name}</span>: {o.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourcesTable(props: { articles: Answer<Article[]> | null; busy: boolean; onRemove: (article: Article) => void }) {
  const { articles } = props;
  if (articles === null) return <p class="muted">{t('loading')}</p>;
  if (!articles.ok) return <p class="error">{t('sourcesUnavailable', articles.error)}</p>;
  if (articles.value.length === 0) return <p class="muted">{t('sourcesNone')}</p>;
  return (
    <table class="articles user-articles">
      <caption class="cc-visually-hidden">{t('sourcesListLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('corpusArticle')}</th>
          <th scope="col">{t('sourceSite')}</th>
          <th scope="col">{t('corpusDate')}</th>
          <th scope="col">{t('sourceAddress')}</th>
          <th scope="col">
            <span class="cc-visually-hidden">{t('remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {articles.value.map((a) => (
          <tr key={a.id}>
            <td>{a.label}</td>
            <td>{a.url ? hostOf(a.url) : <span class="muted">{t('notGiven')}</span>}</td>
            <td>{a.date ? readableDate(a.date) : <span class="muted">{t('notGiven')}</span>}</td>
            <td class="address">
              {a.url ? (
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.url}
                </a>
              ) : (
                <span class="muted">{a.file}</span>
              )}
            </td>
            <td>
              <button type="button" disabled={props.busy} aria-label={t('removeSourceLabel', a.label)} onClick={() => props.onRemove(a)}>
                {t('remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
