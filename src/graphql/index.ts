// Importing each type file registers it on the builder; this module only assembles the schema.
import './types/PartialDate.js';
import './types/EntityKind.js';
import './types/Direction.js';
import './types/RelationType.js';
import './types/RoleKind.js';
import './types/Article.js';
import './types/Citation.js';
import './types/Fact.js';
import './types/Relation.js';
import './types/Role.js';
import './types/Merger.js';
import './types/Entity.js';
import './types/Person.js';
import './types/Organisation.js';
import './types/Event.js';
import './types/City.js';
import './types/Place.js';
import './types/SearchHit.js';
import './types/Path.js';
import './types/Subgraph.js';
import './types/Graph.js';
import { builder } from './builder.js';

builder.queryType({ description: 'Explore the French digital ecosystem: people, organisations, cities, events and how they connect.' });

export const schema = builder.toSchema({ sortSchema: false });
