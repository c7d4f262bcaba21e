import type { RoleKind } from '../domain.js';

/**
 * Word lists the synthetic ecosystem is made from: French names with their accents (so search must fold them),
 * real cities and regions, and the titles, labels and phrasing of the curated articles.
 */

export const FIRST_NAMES_F = [
  'Hélène', 'Élodie', 'Françoise', 'Gaëlle', 'Anaïs', 'Noémie', 'Chloé', 'Zoé', 'Léa', 'Inès', 'Agnès', 'Céline',
  'Adèle', 'Béatrice', 'Aurélie', 'Séverine', 'Valérie', 'Amélie', 'Maëlle', 'Solène', 'Ségolène', 'Gwénaëlle',
  'Maïwenn', 'Laetitia', 'Clémence', 'Mélanie', 'Stéphanie', 'Cécile', 'Émilie', 'Axelle', 'Fleur', 'Katia', 'Marie',
  'Sophie', 'Camille', 'Julie', 'Claire', 'Isabelle', 'Nathalie', 'Sandrine', 'Anne', 'Catherine', 'Christine',
  'Laura', 'Manon', 'Sarah', 'Emma', 'Louise', 'Alice', 'Juliette', 'Pauline', 'Marion', 'Caroline', 'Delphine',
  'Virginie', 'Karine', 'Nadia', 'Yasmine', 'Samia', 'Fatima', 'Leïla', 'Naïma', 'Sonia', 'Lucie', 'Margaux',
  'Océane', 'Jade', 'Romane', 'Eugénie', 'Bérénice', 'Mathilde', 'Ophélie', 'Salomé', 'Héloïse', 'Capucine',
] as const;

export const FIRST_NAMES_M = [
  'Jérôme', 'Stéphane', 'Cédric', 'Loïc', 'Raphaël', 'Joël', 'Clément', 'Benoît', 'Aurélien', 'Frédéric', 'Hervé',
  'Rémi', 'Grégoire', 'Mathéo', 'Noël', 'Théo', 'Timothée', 'Jérémy', 'Sébastien', 'Gérard', 'Léon', 'Émile', 'Éric',
  'André', 'Gaël', 'Anaël', 'Maël', 'Josué', 'Daniel', 'Pierre', 'Bernard', 'Patrick', 'Nicolas', 'Philippe',
  'Tony', 'Jean', 'Jean-Pierre', 'Jean-Daniel', 'Jean-Dominique', 'Jean-François', 'Jean-Michel', 'Jean-Luc',
  'Michel', 'Alain', 'Christophe', 'Laurent', 'Olivier', 'Thierry', 'David', 'Julien', 'Thomas', 'Antoine',
  'Guillaume', 'Maxime', 'Alexandre', 'Vincent', 'François', 'Yann', 'Yannick', 'Erwan', 'Ronan', 'Karim', 'Mehdi',
  'Yacine', 'Samir', 'Hugo', 'Lucas', 'Louis', 'Arthur', 'Paul', 'Romain', 'Fabien', 'Damien', 'Xavier', 'Hélier',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier',
  'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Müller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Mathieu', 'Clément',
  'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sánchez', 'Gérard', 'Nguyen', 'Boyer',
  'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier',
  'Pérez', 'Marchand', 'Dufour', 'Blanchard', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin',
  'Fernandez', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud',
  'Lemoine', 'Picard', 'Gaillard', 'Leclercq', 'Lacroix', 'Fabre', 'Dupuis', 'Olivier', 'Rodriguez', 'Da Silva',
  'Hubert', 'Guillot', 'Rivière', 'Le Gall', 'Guillaume', 'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte',
  'Ménard', 'Fleury', 'Deschamps', 'Carpentier', 'Julien', 'Benoît', 'Maillard', 'Marchal', 'Aubry', 'Vasseur',
  'Le Roux', 'Renault', 'Jacquet', 'Collet', 'Prévost', 'Poirier', 'Charpentier', 'Royer', 'Huet', 'Baron', 'Dupuy',
  'Pons', 'Carré', 'Perrot', 'Rémy', 'Schneider', 'Perret', 'Hoarau', 'Béranger', 'Lévêque', 'Benchimol', 'Deniset',
  'Jeannerot', 'Orgeas', 'Paoli', 'Sperling', 'Siri', 'Basso', 'Valverde', 'Bayol', 'Boissier', 'Coste', 'Vidic',
  'Séval', 'Lemaître', 'Côté', 'Pagès', 'Estève', 'Ferré', 'Gómez', 'Öztürk', 'Lœuillet', 'Bréchignac', 'Castaño',
  'Ibáñez', 'Kerbrat', 'Le Bihan', "L'Hôte", "D'Almeida", 'Achour', 'Benali', 'Haddad', 'Nakamura', 'Tran',
] as const;

/** Real French cities (metropoles first: they become the big hubs of places and events), with their region. */
export const CITIES: readonly (readonly [string, string])[] = [
  ['Paris', 'Île-de-France'], ['Marseille', "Provence-Alpes-Côte d'Azur"], ['Lyon', 'Auvergne-Rhône-Alpes'],
  ['Toulouse', 'Occitanie'], ['Nice', "Provence-Alpes-Côte d'Azur"], ['Nantes', 'Pays de la Loire'],
  ['Montpellier', 'Occitanie'], ['Strasbourg', 'Grand Est'], ['Bordeaux', 'Nouvelle-Aquitaine'],
  ['Lille', 'Hauts-de-France'], ['Rennes', 'Bretagne'], ['Reims', 'Grand Est'], ['Toulon', "Provence-Alpes-Côte d'Azur"],
  ['Saint-Étienne', 'Auvergne-Rhône-Alpes'], ['Le Havre', 'Normandie'], ['Grenoble', 'Auvergne-Rhône-Alpes'],
  ['Dijon', 'Bourgogne-Franche-Comté'], ['Angers', 'Pays de la Loire'], ['Nîmes', 'Occitanie'],
  ['Aix-en-Provence', "Provence-Alpes-Côte d'Azur"], ['Clermont-Ferrand', 'Auvergne-Rhône-Alpes'],
  ['Le Mans', 'Pays de la Loire'], ['Brest', 'Bretagne'], ['Tours', 'Centre-Val de Loire'], ['Amiens', 'Hauts-de-France'],
  ['Limoges', 'Nouvelle-Aquitaine'], ['Annecy', 'Auvergne-Rhône-Alpes'], ['Perpignan', 'Occitanie'],
  ['Besançon', 'Bourgogne-Franche-Comté'], ['Metz', 'Grand Est'], ['Orléans', 'Centre-Val de Loire'],
  ['Rouen', 'Normandie'], ['Mulhouse', 'Grand Est'], ['Caen', 'Normandie'], ['Nancy', 'Grand Est'],
  ['Avignon', "Provence-Alpes-Côte d'Azur"], ['Poitiers', 'Nouvelle-Aquitaine'], ['Pau', 'Nouvelle-Aquitaine'],
  ['La Rochelle', 'Nouvelle-Aquitaine'], ['Béziers', 'Occitanie'], ['Carcassonne', 'Occitanie'], ['Albi', 'Occitanie'],
  ['Sète', 'Occitanie'], ['Castres', 'Occitanie'], ['Montauban', 'Occitanie'], ['Tarbes', 'Occitanie'],
  ['Rodez', 'Occitanie'], ['Narbonne', 'Occitanie'], ['Alès', 'Occitanie'], ['Labège', 'Occitanie'],
  ['Sophia Antipolis', "Provence-Alpes-Côte d'Azur"], ['Cannes', "Provence-Alpes-Côte d'Azur"],
  ['Fréjus', "Provence-Alpes-Côte d'Azur"], ['Hyères', "Provence-Alpes-Côte d'Azur"], ['Arles', "Provence-Alpes-Côte d'Azur"],
  ['Gap', "Provence-Alpes-Côte d'Azur"], ['Valence', 'Auvergne-Rhône-Alpes'], ['Chambéry', 'Auvergne-Rhône-Alpes'],
  ['Vichy', 'Auvergne-Rhône-Alpes'], ['Villeurbanne', 'Auvergne-Rhône-Alpes'], ['Roanne', 'Auvergne-Rhône-Alpes'],
  ['Vannes', 'Bretagne'], ['Lorient', 'Bretagne'], ['Quimper', 'Bretagne'], ['Saint-Malo', 'Bretagne'],
  ['Lannion', 'Bretagne'], ['Saint-Brieuc', 'Bretagne'], ['Laval', 'Pays de la Loire'], ['Cholet', 'Pays de la Loire'],
  ['La Roche-sur-Yon', 'Pays de la Loire'], ['Saint-Nazaire', 'Pays de la Loire'], ['Niort', 'Nouvelle-Aquitaine'],
  ['Angoulême', 'Nouvelle-Aquitaine'], ['Périgueux', 'Nouvelle-Aquitaine'], ['Bayonne', 'Nouvelle-Aquitaine'],
  ['Biarritz', 'Nouvelle-Aquitaine'], ['Mérignac', 'Nouvelle-Aquitaine'], ['Troyes', 'Grand Est'],
  ['Colmar', 'Grand Est'], ['Épinal', 'Grand Est'], ['Charleville-Mézières', 'Grand Est'], ['Calais', 'Hauts-de-France'],
  ['Dunkerque', 'Hauts-de-France'], ['Roubaix', 'Hauts-de-France'], ['Tourcoing', 'Hauts-de-France'],
  ['Valenciennes', 'Hauts-de-France'], ['Beauvais', 'Hauts-de-France'], ['Compiègne', 'Hauts-de-France'],
  ['Cherbourg-en-Cotentin', 'Normandie'], ['Évreux', 'Normandie'], ['Alençon', 'Normandie'],
  ['Bourges', 'Centre-Val de Loire'], ['Chartres', 'Centre-Val de Loire'], ['Blois', 'Centre-Val de Loire'],
  ['Châteauroux', 'Centre-Val de Loire'], ['Auxerre', 'Bourgogne-Franche-Comté'], ['Belfort', 'Bourgogne-Franche-Comté'],
  ['Chalon-sur-Saône', 'Bourgogne-Franche-Comté'], ['Nevers', 'Bourgogne-Franche-Comté'], ['Ajaccio', 'Corse'],
  ['Bastia', 'Corse'], ['Versailles', 'Île-de-France'], ['Saclay', 'Île-de-France'], ['Boulogne-Billancourt', 'Île-de-France'],
  ['Saint-Denis', 'Île-de-France'], ['Montreuil', 'Île-de-France'], ['Nanterre', 'Île-de-France'],
  ['Créteil', 'Île-de-France'], ['Évry-Courcouronnes', 'Île-de-France'], ['Cergy', 'Île-de-France'],
];

export const REGIONS = [
  'Île-de-France', "Provence-Alpes-Côte d'Azur", 'Auvergne-Rhône-Alpes', 'Occitanie', 'Pays de la Loire', 'Grand Est',
  'Nouvelle-Aquitaine', 'Hauts-de-France', 'Bretagne', 'Normandie', 'Bourgogne-Franche-Comté', 'Centre-Val de Loire',
  'Corse',
] as const;

/** Roots and endings for the communes beyond the real list: "Villeneuve-sur-Lot", "Saint-Cyr-en-Bresse". */
export const TOWN_ROOTS = [
  'Villeneuve', 'Châteauneuf', 'Beaulieu', 'Rochefort', 'Montval', 'Fontaine', 'Bourg', 'Saint-Cyr', 'Saint-Jean',
  'Sainte-Marie', 'Saint-Rémy', 'Saint-Gély', 'Saint-Aubin', 'Sainte-Cécile', 'Clairac', 'Lézignan', 'Mazères',
  'Montesquieu', 'Castelnau', 'Villefranche', 'Belvès', 'Aigues', 'Pézenas', 'Lunel', 'Gignac', 'Ramonville',
  'Balma', 'Blagnac', 'Colomiers', 'Muret', 'Lattes', 'Pérols', 'Mauguio', 'Juvignac', 'Castries', 'Grabels',
  'Bègles', 'Pessac', 'Talence', 'Écully', 'Bron', 'Vénissieux', 'Échirolles', 'Meylan', 'Plérin', 'Guérande',
  'Orvault', 'Rezé', 'Cesson', 'Bruz', 'Vitré', 'Fougères', 'Lamballe', 'Plœmeur', 'Pontivy', 'Landerneau',
] as const;
export const TOWN_ENDINGS = [
  '', '-sur-Loire', '-sur-Garonne', '-sur-Rhône', '-sur-Seine', '-sur-Marne', '-sur-Lot', '-sur-Tarn', '-sur-Aude',
  '-sur-Orb', '-sur-Hérault', '-sur-Vienne', '-sur-Cher', '-sur-Saône', '-sur-Dordogne', '-sur-Isère', '-sur-Durance',
  '-en-Provence', '-en-Bresse', '-en-Auvergne', '-en-Vexin', '-en-Brie', '-en-Camargue', '-les-Bains', '-la-Forêt',
  '-le-Château', '-de-Béarn', '-d’Armagnac', '-du-Lac', '-lès-Nîmes', '-lès-Toulouse', '-Sainte-Croix',
] as const;

/** Syllables of invented company brands ("Kaliop", "Nelis", "Sigfox"). */
export const BRAND_HEADS = [
  'Ka', 'Ne', 'Si', 'Zé', 'Lu', 'Mo', 'Vi', 'Ta', 'Qi', 'Xo', 'Ar', 'El', 'Ob', 'Um', 'Ki', 'Da', 'Fé', 'Sy', 'Ho',
  'Ly', 'Pa', 'Ré', 'Tö', 'Za', 'Bé', 'Cy', 'Go', 'Jü', 'No', 'Wé',
] as const;
export const BRAND_MIDDLES = [
  'li', 'ra', 'no', 'vi', 'te', 'ma', 'lo', 'ri', 'sa', 'ne', 'do', 'ka', 'zi', 'mé', 'lé', 'rö', 'gi', 'xa', 'co', 'pu',
] as const;
export const BRAND_TAILS = [
  'op', 'is', 'fox', 'ia', 'tek', 'lab', 'go', 'ix', 'io', 'ys', 'um', 'ly', 'ar', 'on', 'ea', 'net', 'web', 'bot',
  'soft', 'data', 'cloud', 'wave', 'ine', 'ère',
] as const;
export const COMPANY_FORMS = [
  '{brand}', '{brand}', '{brand}', '{brand} Technologies', '{brand} Systèmes', '{brand} Énergie', '{brand} Santé',
  '{brand} Robotique', 'Groupe {surname}', '{surname} & Associés', '{brand} France', '{brand} Studio',
  '{brand} Numérique', '{brand} Sécurité', '{brand} Mobilité',
] as const;

export const THEMES = [
  'Numérique', 'Robotique', 'Cybersécurité', 'Santé numérique', 'Intelligence artificielle', 'Données', 'Logiciel',
  'Objets connectés', 'Énergie', 'Agritech', 'Spatial', 'Mobilité', 'Éducation', 'Jeu vidéo', 'Image', 'Fintech',
  'Tourisme', 'Économie sociale', 'Industrie du futur', 'Mer',
] as const;

/** Organisation kinds, how often each is drawn, and the name patterns each takes. */
export type OrgCategory = 'company' | 'association' | 'cluster' | 'public' | 'lab' | 'school' | 'incubator' | 'media';
export const ORG_CATEGORIES: readonly (readonly [OrgCategory, number])[] = [
  ['company', 62], ['association', 10], ['cluster', 6], ['public', 7], ['lab', 5], ['school', 4], ['incubator', 4],
  ['media', 2],
];
export const ORG_PATTERNS: Record<Exclude<OrgCategory, 'company'>, readonly string[]> = {
  association: [
    'Association {theme} {city}', '{city} {theme}', 'Club {theme} de {city}', 'Les Entrepreneurs de {city}',
    'Réseau {theme} {region}', 'Apéro {theme} {city}',
  ],
  cluster: ['Pôle {theme} {region}', 'Cluster {theme} de {city}', '{city} Tech', 'French Tech {city}', 'Cluster {brand}'],
  public: [
    'Ville de {city}', '{city} Métropole', "Communauté d'agglomération de {city}", 'CCI {city}',
    'Conseil de développement de {city}', 'Agence de développement {region}',
  ],
  lab: ['Laboratoire {acronym}', 'Institut {theme} de {city}', 'Centre de recherche {acronym}'],
  school: ['Université de {city}', 'École {brand}', 'Institut de technologie de {city}', 'Campus {theme} {city}'],
  incubator: ['Incubateur {city} Innovation', 'Accélérateur {brand}', 'Pépinière {theme} de {city}', 'Technopole {city}'],
  media: ['{city} Info', 'La Lettre {theme}', 'Le Journal du {theme}', '{brand} Médias'],
};

/**
 * The hubs: national labels, networks and funders that a large share of the ecosystem points at. [name, role]:
 * `label` hubs receive LABELLED and CANDIDATE_TO, `network` hubs MEMBER_OF, `funder` hubs give SPONSORS.
 */
export const HUBS: readonly (readonly [string, 'label' | 'network' | 'funder', string])[] = [
  ['Label French Tech', 'label', 'Label national des métropoles numériques'],
  ['Label Jeune Entreprise Innovante', 'label', "Statut fiscal des jeunes entreprises d'innovation"],
  ['Pôle de compétitivité', 'label', "Label d'État des pôles de compétitivité"],
  ["Label Incubateur d'excellence", 'label', 'Label national des incubateurs'],
  ['French Tech 120', 'label', 'Programme national des start-up en hypercroissance'],
  ['La French Tech', 'network', "Réseau national de l'écosystème des start-up"],
  ['Réseau Entreprendre', 'network', "Réseau national de chefs d'entreprise"],
  ['Syntec Numérique', 'network', 'Syndicat professionnel du numérique'],
  ['France Digitale', 'network', 'Association des start-up et des investisseurs'],
  ['CCI France', 'network', 'Réseau des chambres de commerce et d’industrie'],
  ['Numeum', 'network', 'Organisation professionnelle des entreprises du numérique'],
  ['Bpifrance', 'funder', "Banque publique d'investissement"],
  ['Banque des Territoires', 'funder', 'Financeur public des projets territoriaux'],
  ['Caisse des Dépôts', 'funder', 'Institution financière publique'],
  ['État français', 'funder', 'L’État'],
];

export const EVENT_KINDS = [
  'Salon', 'Forum', 'Meetup', 'Hackathon', 'Apéro', 'Conférence', 'Journées', 'Rencontres', 'Sommet', 'Festival',
  'Matinale', 'Soirée', 'Trophées', 'Atelier',
] as const;
export const SERIES_PATTERNS = [
  '{kind} {theme} de {city}', 'French Tech Weeks {city}', '{brand} Summit', 'Digital {city}', 'Semaine {theme}',
  '{city} Web Days', 'Rencontres {theme} {region}',
] as const;

export const PLACE_PATTERNS = [
  'Hôtel {surname}', 'Tour {surname}', 'Parc des expositions de {city}', 'Palais des congrès de {city}',
  'Technopole {town}', 'Campus {town}', 'Espace {surname}', 'Halle {surname}', 'Maison de l’Innovation de {city}',
  'Quartier {town}', 'Cité {theme} de {city}',
] as const;

export const PUBLISHERS = [
  "L'Usine Digitale", 'Le Journal des Entreprises', 'MediaTic Info', 'La Tribune', 'Les Échos', 'Ouest-France',
  'La Dépêche du Midi', 'Midi Libre', 'La Provence', 'Nice-Matin', 'Sud Ouest', 'Le Progrès', 'Maddyness',
  'Frenchweb', 'La Lettre M', 'Objectif Languedoc-Roussillon', 'Le Télégramme', 'La Voix du Nord', 'L’Est Républicain',
] as const;

export const HEADLINES = [
  '{org} lève des fonds pour accélérer', '{org} change de président', '{org} s’installe à {city}',
  'À {city}, {org} fédère l’écosystème', '{org} et {org2} unissent leurs forces', 'Le numérique en fête à {city}',
  '{org} lance un nouvel appel à projets', 'Retour sur {event}', '{org} recrute à {city}',
  'Le {theme} prend son essor à {city}', '{org} décroche le label', 'Qui dirige {org} ?',
] as const;

type Gendered = readonly [masculine: string, feminine: string];
/** Role titles as printed, by normalised kind, masculine and feminine (the curated data's own titles among them). */
export const ROLE_TITLES: Record<RoleKind, readonly Gendered[]> = {
  PRESIDENT: [
    ['président', 'présidente'], ['président', 'présidente'], ['président', 'présidente'],
    ['président fondateur', 'présidente fondatrice'], ['P-dg', 'P-dg'],
    ["président du conseil d'administration", "présidente du conseil d'administration"],
  ],
  CO_PRESIDENT: [['co-président', 'co-présidente'], ['coprésident', 'coprésidente']],
  VICE_PRESIDENT: [
    ['vice-président', 'vice-présidente'], ['vice-président délégué au numérique', 'vice-présidente déléguée au numérique'],
    ["vice-président chargé de l'innovation", "vice-présidente chargée de l'innovation"],
  ],
  FOUNDER: [['fondateur', 'fondatrice'], ['cofondateur', 'cofondatrice'], ['co-fondateur', 'co-fondatrice']],
  DIRECTOR: [
    ['directeur', 'directrice'], ["directeur de l'innovation", "directrice de l'innovation"],
    ['directeur technique', 'directrice technique'], ['directeur de la stratégie', 'directrice de la stratégie'],
  ],
  MANAGING_DIRECTOR: [['directeur général', 'directrice générale'], ['DG', 'DG']],
  DEPUTY_DIRECTOR: [['directeur délégué', 'directrice déléguée'], ['directeur général adjoint', 'directrice générale adjointe']],
  BOARD_MEMBER: [
    ['administrateur', 'administratrice'], ["membre du conseil d'administration", "membre du conseil d'administration"],
    ['membre du bureau', 'membre du bureau'], ['trésorier', 'trésorière'], ['secrétaire général', 'secrétaire générale'],
  ],
  AMBASSADOR: [['ambassadeur', 'ambassadrice']],
  ELECTED_OFFICIAL: [
    ['adjoint au maire délégué au numérique', 'adjointe au maire déléguée au numérique'],
    ['conseiller municipal', 'conseillère municipale'], ['maire', 'maire'], ['conseiller régional', 'conseillère régionale'],
  ],
  MINISTER: [
    ["secrétaire d'État chargé du numérique", "secrétaire d'État chargée du numérique"],
    ['ministre délégué au numérique', 'ministre déléguée au numérique'],
  ],
  EXECUTIVE: [
    ['directeur commercial', 'directrice commerciale'], ['directeur financier', 'directrice financière'],
    ['directeur du développement régional', 'directrice du développement régional'], ['CTO', 'CTO'],
    ['responsable marketing', 'responsable marketing'],
  ],
  OTHER: [
    ['chargé de mission', 'chargée de mission'], ['chef de projet', 'cheffe de projet'],
    ['responsable des partenariats', 'responsable des partenariats'], ['initiateur', 'initiatrice'],
    ['coordinateur', 'coordinatrice'], ['en charge de la gouvernance opérationnelle', 'en charge de la gouvernance opérationnelle'],
  ],
};

/** How often each kind of role is held in each kind of body: companies have founders, associations boards. */
type KindWeights = readonly (readonly [RoleKind, number])[];
const ASSOCIATIVE: KindWeights = [
  ['PRESIDENT', 22], ['CO_PRESIDENT', 5], ['VICE_PRESIDENT', 14], ['BOARD_MEMBER', 28], ['DIRECTOR', 12],
  ['MANAGING_DIRECTOR', 5], ['DEPUTY_DIRECTOR', 4], ['AMBASSADOR', 5], ['OTHER', 5],
];
const ACADEMIC: KindWeights = [['DIRECTOR', 35], ['PRESIDENT', 15], ['DEPUTY_DIRECTOR', 10], ['BOARD_MEMBER', 15], ['OTHER', 25]];
export const ROLE_KINDS_BY_CATEGORY: Record<OrgCategory | 'label' | 'network' | 'funder', KindWeights> = {
  company: [
    ['FOUNDER', 20], ['MANAGING_DIRECTOR', 15], ['PRESIDENT', 12], ['EXECUTIVE', 25], ['DIRECTOR', 12],
    ['BOARD_MEMBER', 8], ['DEPUTY_DIRECTOR', 4], ['OTHER', 4],
  ],
  association: ASSOCIATIVE,
  cluster: ASSOCIATIVE,
  incubator: ASSOCIATIVE,
  network: ASSOCIATIVE,
  public: [
    ['ELECTED_OFFICIAL', 40], ['PRESIDENT', 12], ['VICE_PRESIDENT', 10], ['DIRECTOR', 15], ['DEPUTY_DIRECTOR', 8],
    ['OTHER', 15],
  ],
  lab: ACADEMIC,
  school: ACADEMIC,
  media: [['DIRECTOR', 30], ['FOUNDER', 20], ['EXECUTIVE', 30], ['OTHER', 20]],
  label: [['DIRECTOR', 30], ['PRESIDENT', 15], ['MANAGING_DIRECTOR', 15], ['BOARD_MEMBER', 20], ['MINISTER', 5], ['OTHER', 15]],
  funder: [['DIRECTOR', 30], ['PRESIDENT', 15], ['MANAGING_DIRECTOR', 15], ['BOARD_MEMBER', 20], ['MINISTER', 5], ['OTHER', 15]],
};

/** Labels other than the default verb phrase, as the articles phrase them (the curated data's own wording). */
export const RELATION_PHRASES = {
  MEMBER_OF: ['adhérent de', 'membre de la gouvernance de', 'membre du conseil de', 'membre fondateur de'],
  SPONSORS: ['sponsor de', 'finance', 'a porté la candidature de', 'mécène de', 'a lancé'],
  LOCATED_IN: ['siège à', 'implanté à', 'cluster de', 'pépite du numérique en', 'a inauguré son bâtiment'],
  PARTICIPATED_IN: ['intervenant à', 'exposant à', "s'est associé à", 'a présenté son projet à', 'lauréat de'],
  PARTNER_OF: ['partenaire de la première heure', 'collabore avec', 'travaillera avec', 'a préparé le projet'],
  ORGANISED: ['a tenu', 'a lancé', 'coorganisateur de'],
} as const;
