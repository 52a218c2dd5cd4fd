/** The number format of the money cells a form writes into the user's register. */
export const MONEY_FORMAT = '#,##0.00';
