import { pageArgs } from '../args.js';
import { countedConnection } from '../connections.js';
import { pagedComplexity } from '../complexity.js';
import { builder } from '../builder.js';
import { readPage, toConnection } from '../pagination.js';
import { ArticleRef } from '../refs.js';

builder.node(ArticleRef, {
  description: 'A news article the graph was built from. Only facts and short quotes of it are kept.',
  id: { resolve: (article) => article.id },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'publishedOn' in value,
  loadMany: (ids, { loaders }) => Promise.all(ids.map((id) => loaders.article.load(id))),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'Stable short name of the article.' }),
    title: t.exposeString('title', { description: 'Headline as published.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Newspaper or site.' }),
    publishedOn: t.expose('publishedOn', {
      type: 'PartialDate',
      nullable: true,
      description: 'Publication date, at the precision known (see `dateInferredFrom`).',
    }),
    dateInferredFrom: t.exposeString('dateInferredFrom', {
      nullable: true,
      description: 'Set when the date is not printed in the article: what it was inferred from.',
    }),
  }),
});

const ArticleConnection = countedConnection(ArticleRef, 'Article', 'articles');

builder.queryField('articles', (t) =>
  t.field({
    type: ArticleConnection,
    description: 'The source articles, by id.',
    args: pageArgs(t.arg),
    complexity: pagedComplexity,
    resolve: async (_, args, { store }) => {
      const page = readPage(args);
      const rows = await store.articlePage(page.afterKey, page.size + 1);
      return toConnection(rows, (a) => a.id, page, () => store.articleCount());
    },
  }),
);
