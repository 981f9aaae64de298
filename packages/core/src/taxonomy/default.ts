import type { Taxonomy } from '../model/taxonomy.js';

/**
 * The Linkwork needs taxonomy (1.0.0): 4 groups and 20 needs, labelled in English and Welsh.
 * Term ids are the `taxonomy_term_id`s directories use and the ids referrals give as `reasons`.
 */
export const defaultTaxonomy: Taxonomy = {
  id: 'e3971642-239d-5b4d-bb73-f8f39d8c3124',
  name: 'Linkwork needs',
  description:
    'Needs and interests used to match people with non-clinical community support in social prescribing. Two levels: four broad groups, each with specific needs.',
  version: '1.0.0',
  terms: [
    {
      id: '742438f2-f47c-5eae-be6f-6d979c301366',
      code: 'wellbeing',
      label: { en: 'Wellbeing', cy: 'Lles' },
      description:
        'How someone feels day to day, emotionally and in their relationships with other people.',
    },
    {
      id: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      code: 'practical-support',
      label: { en: 'Practical support', cy: 'Cymorth ymarferol' },
      description:
        'Help with the practical things that affect health: money, a home, food, work and getting online.',
    },
    {
      id: 'ef0a9cfc-e5dc-5fe8-af86-d45d0694efc5',
      code: 'activities-interests',
      label: { en: 'Activities and interests', cy: 'Gweithgareddau a diddordebau' },
      description: 'Things to do: moving more, eating well, making things and being outdoors.',
    },
    {
      id: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      code: 'people-communities',
      label: { en: 'People and communities', cy: 'Pobl a chymunedau' },
      description:
        'Support shaped around who someone is, what stage of life they are at, or who they care for.',
    },
    {
      id: 'b196bb38-ff68-56a9-931b-338925c09ba4',
      code: 'loneliness-isolation',
      label: { en: 'Loneliness and isolation', cy: 'Unigrwydd ac ynysigrwydd' },
      parent: '742438f2-f47c-5eae-be6f-6d979c301366',
      description:
        'Feeling alone, having few people to talk to, or finding it hard to get out and meet others.',
    },
    {
      id: 'f7764ec7-3bdf-5b7b-9f0a-9d2e924d2d49',
      code: 'low-mood-anxiety',
      label: { en: 'Low mood and anxiety', cy: 'Hwyliau isel a gorbryder' },
      parent: '742438f2-f47c-5eae-be6f-6d979c301366',
      description:
        'Feeling down, worried or stressed; peer support and self-help for mental wellbeing.',
    },
    {
      id: '6deff19b-2de5-54af-ac68-dfd7f671039a',
      code: 'bereavement',
      label: { en: 'Bereavement', cy: 'Profedigaeth' },
      parent: '742438f2-f47c-5eae-be6f-6d979c301366',
      description: 'Support after the death of someone close, at any time after the loss.',
    },
    {
      id: '77d2ac99-bf0d-5cc3-867a-9a8d88d777db',
      code: 'addiction-recovery',
      label: { en: 'Addiction recovery', cy: 'Adferiad o ddibyniaeth' },
      parent: '742438f2-f47c-5eae-be6f-6d979c301366',
      description:
        'Staying well after problems with alcohol, drugs or gambling, and support for families affected.',
    },
    {
      id: '88043a76-424f-5af1-aaa4-a11de976d6d0',
      code: 'long-term-conditions',
      label: { en: 'Long-term conditions', cy: 'Cyflyrau hirdymor' },
      parent: '742438f2-f47c-5eae-be6f-6d979c301366',
      description:
        'Living well with a condition such as diabetes, COPD, arthritis, chronic pain or after a stroke.',
    },
    {
      id: '91af94a9-a617-5f2e-8ca3-e0413a78a671',
      code: 'money-debt-benefits',
      label: { en: 'Money, debt and benefits', cy: 'Arian, dyled a budd-daliadau' },
      parent: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      description: 'Debt advice, benefit checks, help with forms, bills and budgeting.',
    },
    {
      id: '6b632f36-5e96-57d1-a48b-e36c0b2b803f',
      code: 'housing',
      label: { en: 'Housing', cy: 'Tai' },
      parent: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      description:
        'Keeping a home, repairs, tenancy problems, homelessness and moving somewhere more suitable.',
    },
    {
      id: 'a22d6dda-7141-5e53-83fc-8106f90a07b7',
      code: 'food-support',
      label: { en: 'Food support', cy: 'Cymorth bwyd' },
      parent: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      description: 'Food banks, community pantries and free or low-cost meals.',
    },
    {
      id: '6a715dc3-1721-5119-a386-a9a50fdb6009',
      code: 'work-volunteering-learning',
      label: { en: 'Work, volunteering and learning', cy: 'Gwaith, gwirfoddoli a dysgu' },
      parent: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      description: 'Finding work, building confidence, volunteering and adult learning.',
    },
    {
      id: '2f5b9b86-58b8-5997-b3bf-dec9bfad881c',
      code: 'digital-inclusion',
      label: { en: 'Digital inclusion', cy: 'Cynhwysiant digidol' },
      parent: '545612e7-79a3-52d9-8b77-bd5324d891b0',
      description:
        'Getting online, using a phone or tablet, staying safe online, and borrowing devices.',
    },
    {
      id: '88fd7071-02b4-5ddf-93fb-20b4f2ff7ab4',
      code: 'physical-activity',
      label: { en: 'Physical activity', cy: 'Gweithgarwch corfforol' },
      parent: 'ef0a9cfc-e5dc-5fe8-af86-d45d0694efc5',
      description: 'Walking, gentle exercise, swimming, dance and sport at any level of fitness.',
    },
    {
      id: '10c08e61-50a2-5e49-8938-975ac301e0a9',
      code: 'healthy-eating',
      label: { en: 'Healthy eating', cy: "Bwyta'n iach" },
      parent: 'ef0a9cfc-e5dc-5fe8-af86-d45d0694efc5',
      description: 'Cooking, eating together and learning about food on a budget.',
    },
    {
      id: '758f41fb-cd0a-5097-98c9-8862b9af3cfc',
      code: 'arts-creativity',
      label: { en: 'Arts and creativity', cy: 'Y celfyddydau a chreadigrwydd' },
      parent: 'ef0a9cfc-e5dc-5fe8-af86-d45d0694efc5',
      description: 'Making art, music, singing, writing, crafts and drama.',
    },
    {
      id: '4cd81666-80f7-5164-9cd1-fb0fb92f20ff',
      code: 'nature-gardening',
      label: { en: 'Nature and gardening', cy: 'Natur a garddio' },
      parent: 'ef0a9cfc-e5dc-5fe8-af86-d45d0694efc5',
      description: 'Growing food and flowers, conservation volunteering and time outdoors.',
    },
    {
      id: '07378442-95a3-5eed-b405-8e1a291f14ca',
      code: 'carers',
      label: { en: 'Carers', cy: 'Gofalwyr' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description:
        'Support for people who look after a family member or friend, including young carers.',
    },
    {
      id: '6779cf71-7970-548b-adea-8057ac3b217a',
      code: 'families-young-people',
      label: { en: 'Families and young people', cy: 'Teuluoedd a phobl ifanc' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description: 'Parents, babies and children, and young people finding their way.',
    },
    {
      id: '7b2ea386-6b93-569b-84c2-d4e68c3b750c',
      code: 'older-people',
      label: { en: 'Older people', cy: 'Pobl hŷn' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description: 'Activities and support designed for people in later life.',
    },
    {
      id: 'b106e604-4f9d-5832-b357-75b871b2c48a',
      code: 'disability-accessibility',
      label: { en: 'Disability and accessibility', cy: 'Anabledd a hygyrchedd' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description:
        'Support for disabled people and people with sensory loss or learning disabilities.',
    },
    {
      id: '74aefd21-4649-52a2-afcf-93d27b4ca7c4',
      code: 'lgbtq',
      label: { en: 'LGBTQ+ communities', cy: 'Cymunedau LHDTC+' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description: 'Social and peer support for lesbian, gay, bisexual, trans and queer people.',
    },
    {
      id: '1d1c9e0b-e582-52f2-9946-b8344752e273',
      code: 'language-culture',
      label: { en: 'Language and culture', cy: 'Iaith a diwylliant' },
      parent: '4a530dfe-88fd-53df-bff2-8c37f34870b9',
      description:
        'Learning English, Welsh-language groups, and groups for people sharing a language or culture.',
    },
  ],
};
