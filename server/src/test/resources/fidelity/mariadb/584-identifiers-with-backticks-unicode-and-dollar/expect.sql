SELECT `prénom` = 'Zoë' AND `we``ird` = 7 FROM `données` WHERE id = 1
