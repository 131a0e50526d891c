/** The free texts of the demo journeys, in the words of the seeds where they have them. Never about a real person. */
export const PHRASES = {
  avslagReasons: [
    'Arbetsförmågan bedöms inte vara nedsatt med minst en fjärdedel under minst ett år.',
    'Arbetsförmågan bedöms inte vara nedsatt i förhållande till förvärvsarbete på arbetsmarknaden.',
    'Det medicinska underlaget visar inte en nedsättning som varar minst ett år.',
  ],
  goals: [
    'Arbete på deltid inom lager',
    'Börja studera på folkhögskola',
    'Arbetsträning inom café eller kök',
    'Komma ut och träffa andra människor varje vecka',
    'Praktik inom djurvård',
    'Ett arbete med anpassningar som håller över tid',
  ],
  strengths: [
    'Noggrann',
    'Tycker om att arbeta med händerna',
    'Bra på datorer',
    'Punktlig när rutinen sitter',
    'Lugn och tålmodig med djur',
    'Stark vilja att komma vidare',
    'Kreativ',
    'Bra minne för detaljer',
  ],
  limitations: [
    'Trött av långa dagar',
    'Svårt med nya sociala sammanhang',
    'Svårt att resa kollektivt',
    'Oro inför höga krav',
  ],
  adaptations: [
    'Skriftliga instruktioner',
    'Samma handledare hela tiden',
    'Kortare dagar i början',
    'Möjlighet att gå undan och ta paus',
    'Tydliga förväntningar från start',
  ],
  planSteps: [
    'Arbetsträning fyra timmar om dagen',
    'Gemensam uppföljning varannan månad',
    'Träna på att resa själv till platsen',
  ],
  pauseReasons: [
    'Byte av boendestödjare tar all energi just nu',
    'Sjukdomsperiod',
    'Väntar på vårdinsats',
    'Behöver vila efter en tuff period',
  ],
  changeReasons: ['Handläggaren har slutat', 'Omorganisation', 'Föräldraledighet', 'Ny fördelning av ärenden'],
  meetingOutcomes: [
    'Vill pröva arbetsträning.',
    'Behöver mer tid; ny kontakt om en månad.',
    'Vill skriva in sig och söka arbete med stöd.',
    'Kommunens boendestöd följer med till nästa steg.',
  ],
  specialCompensations: [
    { purpose: 'Gymkort för att få in en rutin', amountSek: 2400 },
    { purpose: 'Danskurs en gång i veckan', amountSek: 3000 },
    { purpose: 'Fotboll med vänner, avgift och utrustning', amountSek: 1800 },
    { purpose: 'Bowling en gång i veckan', amountSek: 1500 },
  ],
  consentPurposes: {
    omstallningsmote: 'Att FK får berätta om avslaget inför omställningsmötet',
    plan: 'Att alla som är med i planeringen ser samma plan',
  },
} as const;
